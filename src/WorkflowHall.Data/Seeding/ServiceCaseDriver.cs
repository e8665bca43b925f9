using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// Replays case scripts through the hall's real services — <see cref="CaseApplications"/> and
/// <see cref="CaseActions"/> — with the clock set to each action's time. Every call must succeed: a
/// refusal means the plan broke a rule, and stops the seed with the service's own message.
/// </summary>
internal sealed class ServiceCaseDriver
{
    private readonly SeedClock _clock;
    private readonly CaseApplications _applications;
    private readonly CaseActions _actions;

    public ServiceCaseDriver(IDbContextFactory<HallDbContext> contexts, DefinitionStore definitions, MatterCatalog matters, HallDirectory directory,
        WorkingDayCalendar calendar, SeedClock clock)
    {
        _clock = clock;
        var runtime = new WorkflowRuntime(contexts, definitions, calendar, clock, [], new CaseRowFollower(matters, calendar));
        _applications = new CaseApplications(contexts, matters, directory, new CaseNumbers(contexts), runtime, calendar, clock);
        // Certificates issued by the seed are signed with a key of the seed's own, kept beside the temp folder.
        var certificates = new CertificateService(contexts, new CertificateSigningOptions { KeyPath = Path.Combine(Path.GetTempPath(), "workflowhall-seed", "signing.pem") },
            new CertificatePdf(new CertificatePdfOptions()), clock);
        _actions = new CaseActions(contexts, matters, directory, runtime, certificates, calendar, clock);
    }

    /// <returns>The case as the services left it.</returns>
    public async Task<CaseRecord> RunAsync(CaseScript script, CancellationToken cancellationToken)
    {
        _clock.Set(script.SubmittedAt);
        var applied = await _applications.ApplyAsync(script.Application, cancellationToken);
        var current = Succeeded(applied, "apply", script.Application.ApplicantName);
        foreach (var action in script.Actions)
        {
            _clock.Set(action.At);
            current = Succeeded(await ActAsync(current.Id, action, cancellationToken), $"{action.Action} by {action.Actor}", current.CaseNumber);
        }
        return current;
    }

    private Task<HallResult<CaseRecord>> ActAsync(string id, ScriptedAction a, CancellationToken ct) => a.Action switch
    {
        CaseAction.Accept => _actions.AcceptAsync(id, a.Actor, a.Text, ct),
        CaseAction.RefuseAccept => _actions.RefuseAcceptAsync(id, a.Actor, a.Text!, a.LegalBasis!, ct),
        CaseAction.RequestSupplement => _actions.RequestSupplementAsync(id, a.Actor, a.Items, ct),
        CaseAction.SubmitSupplement => _actions.SubmitSupplementAsync(id, a.Actor, a.Materials, ct),
        CaseAction.Complete => _actions.CompleteStepAsync(id, a.Actor, a.Text, ct),
        CaseAction.Review => _actions.ReviewAsync(id, a.Actor, a.Text, ct),
        CaseAction.Return => _actions.ReturnAsync(id, a.Actor, a.Text!, ct),
        CaseAction.Approve => _actions.ApproveAsync(id, a.Actor, a.Text, ct),
        CaseAction.Refuse => _actions.RefuseAsync(id, a.Actor, a.Text!, a.LegalBasis!, ct),
        CaseAction.Issue => _actions.IssueAsync(id, a.Actor, a.Text, ct),
        CaseAction.StartProcedure => _actions.StartSpecialProcedureAsync(id, a.Actor, a.ProcedureKind!, a.Text!, a.LegalBasis, ct),
        CaseAction.EndProcedure => _actions.EndSpecialProcedureAsync(id, a.Actor, a.Text!, ct),
        CaseAction.Extend => _actions.ExtendAsync(id, a.Actor, a.Days, a.Text!, a.ApprovedBy!, ct),
        CaseAction.Withdraw => _actions.WithdrawAsync(id, a.Actor, a.Text, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(a), a.Action, null),
    };

    private static CaseRecord Succeeded(HallResult<CaseRecord> result, string what, string subject) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException($"{subject}: {what} was refused by the services: {result.Error}");
}
