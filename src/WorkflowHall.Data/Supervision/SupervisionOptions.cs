using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Data.Supervision;

/// <summary>How the supervision sweep runs and warns (configuration section <c>Supervision</c>).</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>How often the scheduler runs the sweep.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "须在 1 秒到 1 天之间 / must be between 1 second and 1 day")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows read and records appended per transaction.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "须为正整数 / must be a positive whole number")]
    public int BatchSize { get; set; } = 1000;

    /// <summary>A bound on one run, so one sweep cannot hold the scheduler's thread for ever; the next run goes on.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "须为正整数 / must be a positive whole number")]
    public int MaxBatchesPerRun { get; set; } = 1000;

    /// <summary>
    /// The case's yellow warning: this many working days before its promised deadline (a municipal rule
    /// prompts 1 working day before). A step's own warning comes from its definition (by default one day,
    /// or 20% of an hours limit, before its deadline).
    /// </summary>
    [Range(0, 365, ErrorMessage = "须为 0 到 365 个工作日 / must be 0 to 365 working days")]
    public int CaseWarningWorkingDays { get; set; } = 1;

    /// <summary>The post told of red breaches, in the unit above the one responsible.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写督办岗位代码 / a post code is required")]
    public string SupervisingPost { get; set; } = "supervision";
}
