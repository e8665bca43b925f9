namespace WorkflowHall.Domain.Ratings;

/// <summary>满意度: the five grades of 好差评, valued by their GB/T 39046 A.8 codes.</summary>
public enum RatingGrade
{
    /// <summary>1 非常满意, five stars.</summary>
    VerySatisfied = 1,
    /// <summary>2 满意, four stars.</summary>
    Satisfied = 2,
    /// <summary>3 基本满意, three stars.</summary>
    BasicallySatisfied = 3,
    /// <summary>4 不满意, two stars: a 差评.</summary>
    Dissatisfied = 4,
    /// <summary>5 非常不满意, one star: a 差评.</summary>
    VeryDissatisfied = 5,
}
