namespace WorkflowHall.Data.Supervision;

/// <summary>The supervision settings administrators change at run time.</summary>
public sealed record SupervisionSettingValues(int CaseWarningWorkingDays, string SupervisingPost, TimeSpan SweepInterval)
{
    public static SupervisionSettingValues Of(SupervisionOptions options) => new(options.CaseWarningWorkingDays, options.SupervisingPost, options.SweepInterval);
}
