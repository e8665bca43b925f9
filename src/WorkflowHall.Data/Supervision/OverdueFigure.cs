namespace WorkflowHall.Data.Supervision;

/// <summary>超时: steps and cases of one unit or matter the supervision log recorded as overdue (red) in the period, each counted once.</summary>
public sealed record OverdueFigure(string Key, int OverdueSteps, int OverdueCases);
