namespace WorkflowHall.Web.Api.Cases;

/// <summary>Where a case stands after an act: its status (code and Chinese name), its dates, and the instance revision to send next.</summary>
public sealed record CaseActionResponse(string CaseNumber, string Status, string StatusName, int Revision)
{
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? CertificateIdentifier { get; init; }
}
