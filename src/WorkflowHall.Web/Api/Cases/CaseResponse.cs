namespace WorkflowHall.Web.Api.Cases;

/// <summary>
/// A case as another system reads it: where it stands (status, open steps, due dates) and whose it is.
/// The applicant is shown by the hall's one masking rule (<see cref="WorkflowHall.Domain.Identity.PersonalDataView"/>):
/// number and phone masked, a citizen's name shortened for auditors and other staff; the full data only through the reveal.
/// </summary>
public sealed record CaseResponse(string CaseNumber, string MatterName, string ImplementationCode, string Status, string StatusName)
{
    public required string HandlingUnit { get; init; }
    public string? HandlingUnitName { get; init; }
    public required string Channel { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>The legal time limit (法定时限) as a date.</summary>
    public DateTimeOffset? StatutoryDueAt { get; init; }
    /// <summary>The hall's promise (承诺时限), shorter than the legal limit.</summary>
    public DateTimeOffset? PromisedDueAt { get; init; }
    /// <summary>A due date counted through a year whose holiday calendar is not loaded yet (to be confirmed).</summary>
    public bool DueProvisional { get; init; }
    public int ExtensionDays { get; init; }
    /// <summary>The steps open now (empty once the case has ended).</summary>
    public required IReadOnlyList<CaseStepResponse> Steps { get; init; }
    public required CaseApplicantResponse Applicant { get; init; }
}
