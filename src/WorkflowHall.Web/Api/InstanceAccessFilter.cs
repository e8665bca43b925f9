using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api;

/// <summary>
/// On routes with an <c>{instanceId}</c> (a work item's actions): only a caller who may handle the instance's
/// unit gets through. An instance that does not exist passes, so that the engine answers its usual 404.
/// </summary>
internal sealed class InstanceAccessFilter(ApiCallers callers, IDbContextFactory<HallDbContext> contexts) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Request.RouteValues["instanceId"] is not string instanceId) return await next(context);
        var cancellationToken = context.HttpContext.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => new { i.HandlingUnit }).SingleOrDefaultAsync(cancellationToken);
        if (unit is null) return await next(context);
        var caller = await callers.GetAsync(context.HttpContext.User, cancellationToken);
        return caller.MayHandle(unit.HandlingUnit) ? await next(context) : NotYourUnit(unit.HandlingUnit);
    }

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotYourUnit(string? unit) =>
        HallProblems.Forbidden($"您没有在 {unit ?? "（无单位）"} 办理的岗位，不能办理该办件", $"You hold no post in {unit ?? "(no unit)"}, so you cannot act on this instance");
}
