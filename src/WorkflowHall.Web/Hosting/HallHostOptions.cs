namespace WorkflowHall.Web.Hosting;

/// <summary>The host's own settings (configuration section <c>Hall</c>).</summary>
public sealed class HallHostOptions
{
    public const string Section = "Hall";

    /// <summary>The folder holding the hall's BPMN files and <c>calendars/</c>; by default the <c>workflows</c> folder of the checkout.</summary>
    public string? WorkflowsPath { get; set; }
}
