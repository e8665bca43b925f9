namespace WorkflowHall.Web.Hosting;

/// <summary>The host's own settings (configuration section <c>Hall</c>).</summary>
public sealed class HallHostOptions
{
    public const string Section = "Hall";

    /// <summary>The folder holding the hall's BPMN files and <c>calendars/</c>; by default the <c>workflows</c> folder of the checkout.</summary>
    public string? WorkflowsPath { get; set; }

    /// <summary>Load the demo hall (organisations, people, workflows, matters of <c>samples/hall</c>) at startup; what is there already is kept.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>The demo hall's folder; by default the <c>samples/hall</c> folder of the checkout.</summary>
    public string? SamplesPath { get; set; }
}
