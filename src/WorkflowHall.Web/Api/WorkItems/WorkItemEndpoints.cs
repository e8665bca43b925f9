using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Web.Api.Instances;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>Work items: the inbox, and the clerk's actions on one item (addressed by instance id and the engine's item id).</summary>
public static class WorkItemEndpoints
{
    private const string Item = "/{instanceId}/{workItemId}";

    public static RouteGroupBuilder MapWorkItemEndpoints(this IEndpointRouteBuilder routes)
    {
        // Clerks (within the units of their posts) and administrators; applicants and auditors act on no work item.
        // On a case's instance every act goes through the case service, with the post checks of the case rules.
        var group = routes.MapGroup("/api/work-items").WithTags("Work items")
            .RequireAuthorization(HallPolicies.Handling).AddEndpointFilter<InstanceAccessFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("", InboxAsync)
            .WithSummary("待办：按岗位和单位，或按办理人（assignee=me） / Inbox by posts and units, or by assignee (assignee=me)");
        group.MapPost(Item + "/claim", (string instanceId, string workItemId, ClaimRequest? body, ClaimsPrincipal user, CommandSender sender,
                CancellationToken cancellationToken) =>
            sender.SendAsync(instanceId, new ClaimWorkItem(user.Actor(), workItemId) { ExpectedRevision = body?.ExpectedRevision }, cancellationToken))
            .WithSummary("签收 / Claim");
        group.MapPost(Item + "/complete", (string instanceId, string workItemId, CompleteRequest body, ClaimsPrincipal user, CommandSender sender,
                CancellationToken cancellationToken) =>
            sender.SendAsync(instanceId, new CompleteWorkItem(user.Actor(), workItemId)
            {
                Outcome = body.Outcome,
                Opinion = body.Opinion,
                Variables = RequestVariables.ToEngine(body.Variables),
                ExpectedRevision = body.ExpectedRevision,
            }, cancellationToken, new CaseRequest(body.Outcome ?? HallActions.Complete, user.Actor())
            {
                WorkItemId = workItemId, Opinion = body.Opinion, Reason = body.Reason, LegalBasis = body.LegalBasis, Items = body.Items ?? [],
            }))
            .WithSummary("办理（结果、意见、变量） / Complete with outcome, opinion and variables")
            .WithDescription("办件的步骤按办件规则办理：须在该步骤所在单位或其上级单位担任该岗位；不予受理、不予许可须写明 reason 和 legalBasis；补正告知须列明 items；不能提交变量。 / "
                + "A case's step follows the case rules: the caller must hold the step's post in its unit or a unit above it; refuseAccept and refuse need reason and legalBasis; "
                + "requestSupplement needs items; no variables may be sent.");
        group.MapPost(Item + "/return", (string instanceId, string workItemId, ReturnRequest body, ClaimsPrincipal user, CommandSender sender,
                CancellationToken cancellationToken) =>
            sender.SendAsync(instanceId, new ReturnToStep(user.Actor(), workItemId, body.TargetNodeId)
            {
                Opinion = body.Opinion, ExpectedRevision = body.ExpectedRevision,
            }, cancellationToken))
            .WithSummary("退回 / Return to an earlier step");
        group.MapPost(Item + "/reassign", (string instanceId, string workItemId, ReassignRequest body, ClaimsPrincipal user, CommandSender sender,
                CancellationToken cancellationToken) =>
            sender.SendAsync(instanceId, new ReassignWorkItem(user.Actor(), workItemId, body.Assignee)
            {
                Reason = body.Reason, ExpectedRevision = body.ExpectedRevision,
            }, cancellationToken))
            .WithSummary("转办 / Reassign");
        group.MapPost(Item + "/delegate", (string instanceId, string workItemId, DelegateRequest body, ClaimsPrincipal user, CommandSender sender,
                CancellationToken cancellationToken) =>
            sender.SendAsync(instanceId, new DelegateWorkItem(user.Actor(), workItemId, body.Delegate)
            {
                Reason = body.Reason, ExpectedRevision = body.ExpectedRevision,
            }, cancellationToken))
            .WithSummary("委派 / Delegate");
        group.MapPost(Item + "/resolve", (string instanceId, string workItemId, ResolveRequest? body, ClaimsPrincipal user, CommandSender sender,
                CancellationToken cancellationToken) =>
            sender.SendAsync(instanceId, new ResolveDelegation(user.Actor(), workItemId)
            {
                Opinion = body?.Opinion, ExpectedRevision = body?.ExpectedRevision,
            }, cancellationToken))
            .WithSummary("委派办毕交回 / Resolve a delegation back to the owner");
        group.MapPost(Item + "/signers", (string instanceId, string workItemId, AddSignersRequest body, ClaimsPrincipal user, CommandSender sender,
                CancellationToken cancellationToken) =>
            sender.SendAsync(instanceId, new AddSigners(user.Actor(), workItemId, [.. body.Signers])
            {
                Reason = body.Reason, ExpectedRevision = body.ExpectedRevision,
            }, cancellationToken))
            .WithSummary("加签 / Add countersigners");
        group.MapDelete(Item + "/signers", (string instanceId, string workItemId, [FromBody] RemoveSignerRequest body, ClaimsPrincipal user,
                CommandSender sender, CancellationToken cancellationToken) =>
            sender.SendAsync(instanceId, new RemoveSigner(user.Actor(), workItemId, body.Signer)
            {
                Reason = body.Reason, ExpectedRevision = body.ExpectedRevision,
            }, cancellationToken))
            .WithSummary("减签 / Remove a countersigner who has not signed");
        return group;
    }

    private static async Task<Results<Ok<InboxResponse>, ProblemHttpResult>> InboxAsync(ClaimsPrincipal user, InboxQuery inbox, ApiCallers callers,
        [FromQuery(Name = "post")] string[]? posts, [FromQuery(Name = "unit")] string[]? units, string? assignee,
        CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        InboxPage result;
        if (!string.IsNullOrWhiteSpace(assignee))
        {
            var person = assignee == "me" ? user.Actor() : assignee;
            if (person != user.Actor() && !user.IsInRole(HallRoles.Admin))
            {
                return HallProblems.Forbidden($"只能查看自己的待办（assignee=me），不能查看 {person} 的", $"You may list only your own items (assignee=me), not those of {person}");
            }
            result = await inbox.ForAssigneeAsync(person, page, pageSize, cancellationToken);
        }
        else if (posts is { Length: > 0 } && units is { Length: > 0 })
        {
            var caller = await callers.GetAsync(user, cancellationToken);
            if (units.FirstOrDefault(unit => !caller.Reaches(unit)) is { } foreign)
            {
                return HallProblems.Forbidden($"您在 {foreign} 没有岗位，不能查看其待办", $"You hold no post in {foreign}, so you cannot list its work");
            }
            result = await inbox.ForPostsAsync(posts, units, page, pageSize, cancellationToken);
        }
        else
        {
            return HallProblems.BadRequest("请指定岗位和单位（post=…&unit=…），或 assignee=me",
                "Give posts and units (post=…&unit=…), or assignee=me");
        }
        return TypedResults.Ok(new InboxResponse(result.Items.Select(InboxItemResponse.From).ToList(), result.Page, result.PageSize, result.HasMore));
    }
}
