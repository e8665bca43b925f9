using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Organisations;

namespace WorkflowHall.Web.Accounts;

/// <summary>The signed-in <see cref="HallUser"/> of the current request, read once per request.</summary>
public sealed class CurrentHallUser(IHttpContextAccessor http, IDbContextFactory<HallDbContext> contexts, HallDirectory directory)
{
    private HallUser? _user;

    public async Task<HallUser> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_user is not null) return _user;
        var principal = http.HttpContext?.User;
        if (principal?.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return _user = HallUser.Anonymous;

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.UserName == name, cancellationToken);
        var posts = (await directory.GetAsync(cancellationToken)).PostsOf(name).ToList();
        return _user = new HallUser(name, person?.Name ?? name, roles)
        {
            Number = person?.Number, Kind = person?.Kind, Phone = person?.Phone, VillageCode = person?.VillageCode, Posts = posts,
        };
    }
}
