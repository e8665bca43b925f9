using System.Text.Json;

namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>
/// Completing a step with an outcome (one of the step's allowed actions, e.g. accept / approve), an opinion
/// and variables. With <see cref="ExpectedRevision"/> (the revision the clerk saw) a changed case is refused.
/// </summary>
public sealed record CompleteRequest(string? Outcome = null, string? Opinion = null, Dictionary<string, JsonElement>? Variables = null,
    int? ExpectedRevision = null);
