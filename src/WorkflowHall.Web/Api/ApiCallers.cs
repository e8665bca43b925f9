using System.Security.Claims;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api;

/// <summary>Makes the <see cref="ApiCaller"/> of a request from its principal and the hall's directory.</summary>
internal sealed class ApiCallers(HallDirectory directory)
{
    public async Task<ApiCaller> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var tree = await directory.GetAsync(cancellationToken);
        var units = user.FindAll(ApiKeyDefaults.UnitClaim).Select(c => c.Value)
            .Concat(tree.PostsOf(user.Actor()).Select(p => p.Unit))
            .ToHashSet(StringComparer.Ordinal);
        return new ApiCaller(user, units, tree);
    }
}
