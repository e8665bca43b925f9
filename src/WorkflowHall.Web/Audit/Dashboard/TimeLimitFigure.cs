using WorkflowHall.Data.Supervision;

namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>
/// A matter's time used against its limits: the average working days its cases took (null when none
/// was decided in the period), its guide's statutory and promised limits, and the ratio halls publish.
/// </summary>
public sealed record TimeLimitFigure(TimeUsedFigure? Used, int Statutory, int Promised, bool InWorkingDays)
{
    /// <summary>承诺时限 ÷ 法定时限; null without a statutory limit.</summary>
    public double? PromisedShare => InWorkingDays && Statutory > 0 ? (double)Promised / Statutory : null;

    /// <summary>承诺时限压缩比: how much shorter the promised limit is than the statutory one, 1 − promised ÷ statutory.</summary>
    public double? Compression => PromisedShare is { } share ? 1 - share : null;
}
