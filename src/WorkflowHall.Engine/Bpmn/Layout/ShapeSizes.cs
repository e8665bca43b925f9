namespace WorkflowHall.Engine.Bpmn.Layout;

/// <summary>The sizes bpmn-js draws by default, so an auto-laid-out diagram looks like a hand-drawn one.</summary>
internal static class ShapeSizes
{
    public const double Event = 36;
    public const double TaskWidth = 100;
    public const double TaskHeight = 80;
    public const double Gateway = 50;

    /// <summary>Space between an expanded sub-process's border and its children; more at the top for its label.</summary>
    public const double SubProcessPadding = 30;
    public const double SubProcessLabel = 20;

    public static (double Width, double Height) Of(FlowNode node) => node switch
    {
        StartEvent or EndEvent or TimerCatchEvent or TimerBoundaryEvent => (Event, Event),
        ExclusiveGateway or ParallelGateway or InclusiveGateway => (Gateway, Gateway),
        _ => (TaskWidth, TaskHeight),
    };
}
