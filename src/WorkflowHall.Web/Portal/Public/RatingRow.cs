using WorkflowHall.Data.Ratings;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>One line of the public rating board: a department or a matter, by name, with its figures.</summary>
public sealed record RatingRow(string Key, string Name, string? NameEn, RatingAggregate Figures);
