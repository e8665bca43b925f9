namespace WorkflowHall.Web.Cases;

/// <summary>
/// One meaningful event of a case as people read it: what happened (in both languages), at which
/// step, when and by whom (<paramref name="Actor"/> is the display name), and what was said (an
/// opinion, reasons, the supplement items).
/// </summary>
/// <param name="Kind">A stable name of what happened, e.g. <c>submitted</c>, <c>supplement-requested</c>.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string TitleZh, string TitleEn, string? StepZh, string? StepEn, string Actor)
{
    /// <summary>What the actor wrote: an opinion, a reason, a result.</summary>
    public string? Detail { get; init; }
    /// <summary>The legal basis of a refusal.</summary>
    public string? Basis { get; init; }
    /// <summary>The items of a supplement notice.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
    /// <summary>Something a person did to the case (not the system's own doing): what a late second clerk is told about.</summary>
    public bool IsAct { get; init; } = true;

    public string Title(bool chinese) => chinese ? TitleZh : TitleEn;
    public string? Step(bool chinese) => chinese ? StepZh : StepEn ?? StepZh;
}
