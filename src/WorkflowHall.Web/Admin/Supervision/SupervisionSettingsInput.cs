namespace WorkflowHall.Web.Admin.Supervision;

/// <summary>What the supervision settings form posts.</summary>
public sealed class SupervisionSettingsInput
{
    public int Revision { get; set; }
    public int CaseWarningWorkingDays { get; set; }
    public string? SupervisingPost { get; set; }
    public int SweepIntervalSeconds { get; set; }
}
