namespace WorkflowHall.Data.Supervision;

/// <summary>按时办结率 of one unit or matter: cases decided in the period, and those decided on or before their promised deadline.</summary>
public sealed record OnTimeFigure(string Key, int Decided, int OnTime)
{
    public int Late => Decided - OnTime;

    /// <summary>Null when nothing was decided.</summary>
    public double? Rate => Decided == 0 ? null : (double)OnTime / Decided;
}
