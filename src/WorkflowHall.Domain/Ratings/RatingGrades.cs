namespace WorkflowHall.Domain.Ratings;

/// <summary>What a <see cref="RatingGrade"/> means: its names, its stars and whether it is a 差评.</summary>
public static class RatingGrades
{
    /// <summary>Every grade, best first.</summary>
    public static IReadOnlyList<RatingGrade> All { get; } =
        [RatingGrade.VerySatisfied, RatingGrade.Satisfied, RatingGrade.BasicallySatisfied, RatingGrade.Dissatisfied, RatingGrade.VeryDissatisfied];

    /// <summary>The GB/T 39046 A.8 code, 1 (非常满意) to 5 (非常不满意).</summary>
    public static int Code(this RatingGrade grade) => (int)grade;

    public static bool IsDefined(this RatingGrade grade) => grade is >= RatingGrade.VerySatisfied and <= RatingGrade.VeryDissatisfied;

    /// <summary>The grade of an A.8 code, or null when the code is not 1–5.</summary>
    public static RatingGrade? FromCode(int code) => code is >= 1 and <= 5 ? (RatingGrade)code : null;

    /// <summary>Stars as the public sees them: 5 for 非常满意 down to 1 for 非常不满意 (the code read backwards).</summary>
    public static int Stars(this RatingGrade grade) => 6 - Checked(grade).Code();

    /// <summary>差评: 不满意 and 非常不满意 (the Sichuan rule DOMAIN.md §3 follows); each opens a rectification.</summary>
    public static bool IsBad(this RatingGrade grade) => Checked(grade) >= RatingGrade.Dissatisfied;

    /// <summary>Counted as satisfied in the satisfaction rate: 非常满意, 满意 and 基本满意.</summary>
    public static bool IsSatisfied(this RatingGrade grade) => !grade.IsBad();

    public static string Chinese(this RatingGrade grade) => Checked(grade) switch
    {
        RatingGrade.VerySatisfied => "非常满意",
        RatingGrade.Satisfied => "满意",
        RatingGrade.BasicallySatisfied => "基本满意",
        RatingGrade.Dissatisfied => "不满意",
        _ => "非常不满意",
    };

    public static string English(this RatingGrade grade) => Checked(grade) switch
    {
        RatingGrade.VerySatisfied => "very satisfied",
        RatingGrade.Satisfied => "satisfied",
        RatingGrade.BasicallySatisfied => "basically satisfied",
        RatingGrade.Dissatisfied => "dissatisfied",
        _ => "very dissatisfied",
    };

    private static RatingGrade Checked(RatingGrade grade) => grade.IsDefined()
        ? grade
        : throw new ArgumentOutOfRangeException(nameof(grade), (int)grade, "A rating grade is a GB/T 39046 A.8 code from 1 to 5.");
}
