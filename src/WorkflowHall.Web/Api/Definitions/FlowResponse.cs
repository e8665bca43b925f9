using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Api.Definitions;

public sealed record FlowResponse(string Id, string SourceId, string TargetId, string? Name, string? Condition)
{
    public static FlowResponse From(SequenceFlow flow) => new(flow.Id, flow.SourceId, flow.TargetId, flow.Name, flow.Condition);
}
