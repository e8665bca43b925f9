using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Web.Api.Cases;
using WorkflowHall.Web.Api.Instances;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api;

/// <summary>
/// Sends one command to a stored instance and answers with where it stands, or with the problem. An
/// instance that belongs to a case takes the command through the case service (<see cref="CaseActions"/>):
/// completing a step is the case act of its outcome, withdrawing is the applicant's withdrawal, the other
/// item acts get the same post checks — so the case row, supervision and certificates follow.
/// </summary>
internal sealed class CommandSender(WorkflowRuntime runtime, CaseActions cases, InstanceViews views, IDbContextFactory<HallDbContext> contexts)
{
    /// <param name="asCaseAct">
    /// What the command means on a case (a completion's outcome with its reasons, a withdrawal): the case act
    /// to run when the instance is a case's. Without it, item acts (claim, reassign …) run with the case's post checks.
    /// </param>
    public async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> SendAsync(string instanceId, EngineCommand command, CancellationToken cancellationToken,
        CaseRequest? asCaseAct = null)
    {
        if (await runtime.FindAsync(instanceId, cancellationToken) is { } before && await CaseNumberAsync(instanceId, cancellationToken) is { } caseNumber)
        {
            return await ThroughCaseServiceAsync(instanceId, caseNumber, InstanceStateJson.Deserialize(before.StateJson).TrailLength, command, asCaseAct,
                cancellationToken);
        }
        var outcome = await runtime.ExecuteAsync(instanceId, command, cancellationToken);
        return outcome.IsAccepted ? TypedResults.Ok(views.Command(instanceId, outcome)) : HallProblems.Outcome(outcome);
    }

    private async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> ThroughCaseServiceAsync(string caseId, string caseNumber, long trailBefore,
        EngineCommand command, CaseRequest? asCaseAct, CancellationToken cancellationToken)
    {
        if (command is CompleteWorkItem { Variables.Count: > 0 })
        {
            return HallProblems.Refusal(StatusCodes.Status422UnprocessableEntity, new HallError("case.variables",
                $"办件 {caseNumber} 的流程变量由办件服务维护，办理时不能提交变量；请按办理结果提交意见、理由、法律依据或补正事项",
                $"The variables of case {caseNumber} are kept by the case service and cannot be sent with a step; send the outcome with its opinion, reason, legal basis or supplement items")
            { Target = "variables" });
        }
        var result = asCaseAct is not null
            ? await cases.ActAsync(caseId, asCaseAct, command.ExpectedRevision, cancellationToken)
            : await cases.ItemActAsync(caseId, command, cancellationToken);
        if (!result.Succeeded) return HallProblems.Refusal(CaseActionStatus.For(result.Error!), result.Error!);

        var record = (await runtime.FindAsync(caseId, cancellationToken))!;
        var state = InstanceStateJson.Deserialize(record.StateJson);
        var events = (await runtime.TrailAsync(caseId, cancellationToken)).Skip((int)trailBefore).ToList();
        return TypedResults.Ok(views.Command(caseId, new CommandOutcome(OutcomeKind.Accepted, state) { Events = [.. events] }));
    }

    private async Task<string?> CaseNumberAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking().Where(c => c.Id == instanceId).Select(c => c.CaseNumber).FirstOrDefaultAsync(cancellationToken);
    }
}
