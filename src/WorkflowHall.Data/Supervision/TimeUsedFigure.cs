namespace WorkflowHall.Data.Supervision;

/// <summary>
/// How long one matter's cases decided in the period took: working days from the day of acceptance to
/// the day of decision (the acceptance day not counted, as limits count), averaged.
/// </summary>
public sealed record TimeUsedFigure(string Matter, int Decided, double AverageWorkingDays);
