namespace WorkflowHall.Domain.Ratings;

/// <summary>One legal move: <paramref name="Action"/> taken in <paramref name="From"/> leads to <paramref name="To"/>.</summary>
public sealed record RectificationTransition(RectificationStatus From, RectificationAction Action, RectificationStatus To);
