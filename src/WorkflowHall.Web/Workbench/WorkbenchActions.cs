using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Workbench;

/// <summary>
/// Runs what a case-page form asks through <see cref="CaseActions"/>, which checks the post, the step
/// and the law; and tells a refusal caused by someone acting at the same moment from a real one.
/// </summary>
public sealed class WorkbenchActions(CaseActions actions)
{
    /// <summary>Refusals that only mean another clerk changed the case between reading and writing it.</summary>
    private static readonly HashSet<string> Races = ["engine.Conflict", "engine.StaleRevision", "engine.WorkItemAlreadyClosed", "engine.WorkItemNotFound"];

    public static bool IsRace(HallError error) => Races.Contains(error.Code);

    public Task<HallResult<CaseRecord>> RunAsync(string caseId, string clerk, CaseActionInput input, CancellationToken cancellationToken = default)
    {
        var opinion = Trimmed(input.Opinion);
        return input.Action switch
        {
            HallActions.Accept => actions.AcceptAsync(caseId, clerk, opinion, cancellationToken),
            HallActions.RefuseAccept => actions.RefuseAcceptAsync(caseId, clerk, input.Reason ?? "", input.LegalBasis ?? "", cancellationToken),
            HallActions.RequestSupplement => actions.RequestSupplementAsync(caseId, clerk, SupplementItems(input), cancellationToken),
            HallActions.Review => actions.ReviewAsync(caseId, clerk, opinion, cancellationToken),
            HallActions.Return => actions.ReturnAsync(caseId, clerk, opinion ?? "", cancellationToken),
            HallActions.Approve => actions.ApproveAsync(caseId, clerk, opinion, cancellationToken),
            HallActions.Refuse => actions.RefuseAsync(caseId, clerk, input.Reason ?? "", input.LegalBasis ?? "", cancellationToken),
            HallActions.Issue => actions.IssueAsync(caseId, clerk, opinion, cancellationToken),
            HallActions.Complete => actions.CompleteStepAsync(caseId, clerk, opinion, cancellationToken),
            WorkbenchActionNames.StartProcedure => actions.StartSpecialProcedureAsync(caseId, clerk, Trimmed(input.OtherKind) ?? input.Kind ?? "",
                input.Reason ?? "", Trimmed(input.LegalBasis), cancellationToken),
            WorkbenchActionNames.EndProcedure => actions.EndSpecialProcedureAsync(caseId, clerk, input.Result ?? "", cancellationToken),
            WorkbenchActionNames.Extend => actions.ExtendAsync(caseId, clerk, input.Days ?? 0, input.Reason ?? "", input.Approver ?? "", cancellationToken),
            _ => Task.FromResult<HallResult<CaseRecord>>(new HallError("action.unknown", $"没有名为“{input.Action}”的办理操作", $"There is no action “{input.Action}”")),
        };
    }

    /// <summary>The ticked materials and the free items, one a line, in that order.</summary>
    public static IReadOnlyList<string> SupplementItems(CaseActionInput input) =>
        input.Items.Concat((input.OtherItems ?? "").Split('\n')).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList();

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
