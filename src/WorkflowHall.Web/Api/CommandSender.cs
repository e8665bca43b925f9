using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Web.Api.Instances;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api;

/// <summary>Sends one command to a stored instance and answers with where it stands, or with the problem.</summary>
internal sealed class CommandSender(WorkflowRuntime runtime, InstanceViews views)
{
    public async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> SendAsync(string instanceId, EngineCommand command, CancellationToken cancellationToken)
    {
        var outcome = await runtime.ExecuteAsync(instanceId, command, cancellationToken);
        return outcome.IsAccepted ? TypedResults.Ok(views.Command(instanceId, outcome)) : HallProblems.Outcome(outcome);
    }
}
