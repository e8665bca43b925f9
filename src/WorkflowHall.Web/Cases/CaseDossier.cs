using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Web.Cases;

/// <summary>
/// Everything the case pages show about one case, read in one go: the case row, its engine state
/// (open steps and what they allow), materials, trail so far, special procedures, certificates and
/// rating. Who may see which part is the page's business (<see cref="Accounts.CaseAccess"/>).
/// </summary>
public sealed record CaseDossier(
    CaseRecord Case,
    InstanceState State,
    IReadOnlyList<CaseMaterialRecord> Materials,
    IReadOnlyList<TrailEventRecord> Trail,
    IReadOnlyList<WorkItemRecord> OpenItems,
    IReadOnlyList<SpecialProcedureRecord> SpecialProcedures,
    IReadOnlyList<CertificateRecord> Certificates,
    RatingRecord? Rating)
{
    /// <summary>The supplement items of the one notice, when there was one.</summary>
    public IReadOnlyList<string> SupplementItems => Case.SupplementItemsJson is { } json
        ? System.Text.Json.JsonSerializer.Deserialize<List<string>>(json) ?? [] : [];
}
