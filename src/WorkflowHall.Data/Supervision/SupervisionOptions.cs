namespace WorkflowHall.Data.Supervision;

/// <summary>How the supervision sweep runs and warns (configuration section <c>Supervision</c>).</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>How often the scheduler runs the sweep.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows read and records appended per transaction.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>A bound on one run, so one sweep cannot hold the scheduler's thread for ever; the next run goes on.</summary>
    public int MaxBatchesPerRun { get; set; } = 1000;

    /// <summary>
    /// The case's yellow warning: this many working days before its promised deadline (a municipal rule
    /// prompts 1 working day before). A step's own warning comes from its definition (by default one day,
    /// or 20% of an hours limit, before its deadline).
    /// </summary>
    public int CaseWarningWorkingDays { get; set; } = 1;

    /// <summary>The post told of red breaches, in the unit above the one responsible.</summary>
    public string SupervisingPost { get; set; } = "supervision";
}
