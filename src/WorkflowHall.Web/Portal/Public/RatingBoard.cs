namespace WorkflowHall.Web.Portal.Public;

/// <summary>The public 好差评 figures: per department (the rated units rolled up to their department) and per matter.</summary>
public sealed record RatingBoard(IReadOnlyList<RatingRow> Departments, IReadOnlyList<RatingRow> Matters);
