namespace WorkflowHall.Data.Supervision;

/// <summary>整改: a unit's rectifications (opened by bad ratings in the period) in one status, and how many of those still open are past their deadline.</summary>
public sealed record RectificationFigure(string Unit, string Status, int Count, int Overdue);
