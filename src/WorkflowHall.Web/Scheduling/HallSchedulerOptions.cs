using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Web.Scheduling;

/// <summary>The hall's Quartz scheduler (configuration section <c>Scheduler</c>).</summary>
public sealed class HallSchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Off: no scheduler at all (tests that drive time themselves, a node that only serves requests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The scheduler's name; every node of one hall must use the same one (it is the cluster's name in the job store).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写调度器名称 / a scheduler name is required")]
    public string InstanceName { get; set; } = "WorkflowHall";

    /// <summary>How often BPMN timers that fell due are fired and service calls whose next attempt is due are run.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "须在 1 秒到 1 天之间 / must be between 1 second and 1 day")]
    public TimeSpan TimerInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often trails that grew and new supervision records are sealed by a signed checkpoint.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "须在 1 秒到 1 天之间 / must be between 1 second and 1 day")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often each clustered node checks in; another node takes over its work after this plus <see cref="CheckinMisfireThreshold"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "须在 1 秒到 1 天之间 / must be between 1 second and 1 day")]
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "须在 1 秒到 1 天之间 / must be between 1 second and 1 day")]
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);
}
