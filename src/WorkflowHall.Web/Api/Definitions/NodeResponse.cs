using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>A node of a published version; the hall settings appear on user tasks only.</summary>
public sealed record NodeResponse(string Id, string Kind, string? Name, string? ParentId)
{
    public string? Stage { get; init; }
    public string? CandidatePost { get; init; }
    public string? TimeLimit { get; init; }
    public IReadOnlyList<string>? AllowedActions { get; init; }
    public bool? Countersign { get; init; }
    public string? Handler { get; init; }

    public static NodeResponse From(FlowNode node)
    {
        var response = new NodeResponse(node.Id, node.Kind, node.Name, node.ParentId);
        return node switch
        {
            UserTask task => response with
            {
                Stage = task.Hall.Stage?.ToString(),
                CandidatePost = task.Hall.CandidatePost,
                TimeLimit = task.Hall.TimeLimit is { } limit ? $"{limit.Amount} {limit.Unit}" : null,
                AllowedActions = task.Hall.AllowedActions.IsDefaultOrEmpty ? null : task.Hall.AllowedActions,
                Countersign = task.MultiInstance is not null,
            },
            ServiceTask service => response with { Handler = service.Handler },
            _ => response,
        };
    }
}
