using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Data.Cases;

/// <summary>
/// What an act writes beside its engine step and the case's status: the case row's own fields (acceptance date,
/// reasons, the supplement notice, the extension) and the rows that belong to the case (supplemented materials,
/// special procedures). Said once for the case service and for the bulk seeder, which writes the same rows.
/// </summary>
internal static class CaseRowChanges
{
    /// <param name="openProcedure">The special procedure still running, which <c>endProcedure</c> closes.</param>
    /// <returns>The rows the act adds to the case.</returns>
    public static CaseRowsAdded Apply(CaseRecord c, CaseRequest r, IReadOnlyList<SubmittedMaterial> materials, SpecialProcedureRecord? openProcedure,
        WorkingDayCalendar calendar, DateTimeOffset now)
    {
        switch (r.Act)
        {
            case HallActions.Accept:
                // 第32条: if the applicant was not told within 5 days what to supplement, acceptance dates from receipt.
                var late = c.SupplementRequestedAt is { } asked
                    && calendar.CountWorkingDays(StoredTime.FromStored(c.SubmittedAt), StoredTime.FromStored(asked)) > CaseActions.SupplementNoticeDays;
                c.AcceptedAt = late ? c.SubmittedAt : now.UtcDateTime;
                break;
            case HallActions.RefuseAccept or HallActions.Refuse:
                (c.DecisionReason, c.DecisionBasis) = (r.Reason, r.LegalBasis);
                break;
            case HallActions.RequestSupplement:
                c.SupplementRequestedAt = now.UtcDateTime;
                c.SupplementItemsJson = CanonicalJson.Serialize(CaseRules.NoticeItems(r.Items).ToList());
                break;
            case HallActions.Supplement:
                return new CaseRowsAdded([.. materials.Select(m => new CaseMaterialRecord
                {
                    CaseId = c.Id, MaterialName = m.MaterialName, Sha256 = m.Sha256, FileName = m.FileName,
                    CertificateIdentifier = m.CertificateIdentifier, AddedAt = now.UtcDateTime, AddedBy = r.Actor,
                })], null);
            case CaseActs.StartProcedure:
                return new CaseRowsAdded([], new SpecialProcedureRecord
                {
                    CaseId = c.Id, Kind = r.ProcedureKind!, Reason = r.Reason!, LegalBasis = r.LegalBasis, StartedAt = now.UtcDateTime, StartedBy = r.Actor,
                });
            case CaseActs.EndProcedure when openProcedure is not null:
                (openProcedure.EndedAt, openProcedure.EndedBy, openProcedure.Result) = (now.UtcDateTime, r.Actor, r.Result);
                break;
            case CaseActs.Extend:
                (c.ExtensionDays, c.ExtensionReason, c.ExtensionApprovedBy) = (r.Days, r.Reason, r.ApprovedBy);
                break;
        }
        return CaseRowsAdded.None;
    }
}

/// <summary>The rows an act adds to its case: supplemented materials, or a special procedure that starts.</summary>
internal sealed record CaseRowsAdded(IReadOnlyList<CaseMaterialRecord> Materials, SpecialProcedureRecord? Procedure)
{
    public static CaseRowsAdded None { get; } = new([], null);
}
