using WorkflowHall.Domain.Ratings;

namespace WorkflowHall.Data.Ratings;

/// <summary>
/// The public figures of one matter or unit, like a shop's: how many ratings of each grade, the
/// average stars, the satisfaction rate, and how its 差评 were handled.
/// </summary>
/// <param name="Key">The matter's implementation code or the unit's code.</param>
/// <param name="AverageStars">Mean of 5 (非常满意) … 1 (非常不满意) stars.</param>
/// <param name="Rectified">差评 whose rectification was completed (整改完成).</param>
/// <param name="Invalid">差评 found invalid on review (误评, 恶意差评); they stay in the counts above.</param>
public sealed record RatingAggregate(
    string Key,
    int Total,
    int VerySatisfied,
    int Satisfied,
    int BasicallySatisfied,
    int Dissatisfied,
    int VeryDissatisfied,
    double AverageStars,
    int Rectified,
    int Invalid)
{
    /// <summary>差评: 不满意 and 非常不满意.</summary>
    public int Bad => Dissatisfied + VeryDissatisfied;

    /// <summary>满意率: (非常满意 + 满意 + 基本满意) / all ratings; 0 with no ratings.</summary>
    public double SatisfactionRate => Total == 0 ? 0 : (double)(VerySatisfied + Satisfied + BasicallySatisfied) / Total;

    /// <summary>差评整改率: rectified / the 差评 not found invalid; 1 when there is none to rectify.</summary>
    public double RectificationRate => Bad - Invalid <= 0 ? 1 : (double)Rectified / (Bad - Invalid);

    public int Count(RatingGrade grade) => grade switch
    {
        RatingGrade.VerySatisfied => VerySatisfied,
        RatingGrade.Satisfied => Satisfied,
        RatingGrade.BasicallySatisfied => BasicallySatisfied,
        RatingGrade.Dissatisfied => Dissatisfied,
        RatingGrade.VeryDissatisfied => VeryDissatisfied,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "A rating grade is a GB/T 39046 A.8 code from 1 to 5."),
    };
}
