using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Ratings;

/// <summary>A stored rating, and the rectification it opened when it was a 差评.</summary>
public sealed record RatingOutcome(RatingRecord Rating, Rectification? Rectification);
