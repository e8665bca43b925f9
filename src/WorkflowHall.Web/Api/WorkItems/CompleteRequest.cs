using System.Text.Json;

namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>
/// Completing a step with an outcome (one of the step's allowed actions, e.g. accept / approve), an opinion
/// and variables. With <see cref="ExpectedRevision"/> (the revision the clerk saw) a changed case is refused.
/// On a case's step the case's rules apply: a refusal (<c>refuseAccept</c>, <c>refuse</c>) needs
/// <see cref="Reason"/> and <see cref="LegalBasis"/>, a supplement notice its <see cref="Items"/>, and the
/// variables are the case service's to set (none may be sent).
/// </summary>
public sealed record CompleteRequest(string? Outcome = null, string? Opinion = null, Dictionary<string, JsonElement>? Variables = null,
    int? ExpectedRevision = null)
{
    public string? Reason { get; init; }
    public string? LegalBasis { get; init; }
    public IReadOnlyList<string>? Items { get; init; }
}
