namespace WorkflowHall.Domain.Cases;

/// <summary>What the rules of <see cref="CaseRules"/> need to know about a case, read off its row.</summary>
public sealed record CaseFacts(string CaseNumber, string HandlingUnit, string ApplicantNumber)
{
    public string? ApplicantUserName { get; init; }
    public string? AgentUserName { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? SupplementRequestedAt { get; init; }
    public int ExtensionDays { get; init; }

    /// <summary>The applicant, or the agent who filed for them.</summary>
    public bool IsFiler(string actor) => actor == ApplicantUserName || actor == AgentUserName;
}
