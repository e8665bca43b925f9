using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Gives every person of the demo hall a login (user name as in <c>people.json</c>, the demo password),
/// with the roles their kind and posts call for. People who already have an account keep it untouched.
/// </summary>
internal sealed class DemoAccountSeed(IServiceScopeFactory scopes, IDbContextFactory<HallDbContext> hall, AccountOptions options, ILogger<DemoAccountSeed> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in HallRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Require(await roles.CreateAsync(new IdentityRole(role)), role);
        }

        await using var db = await hall.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking().OrderBy(p => p.UserName).ToListAsync(cancellationToken);
        var posts = (await db.PostHoldings.AsNoTracking().Select(h => new { h.UserName, h.Post }).ToListAsync(cancellationToken))
            .ToLookup(h => h.UserName, h => h.Post);
        var created = 0;
        foreach (var person in people)
        {
            if (await users.FindByNameAsync(person.UserName) is not null) continue;
            var account = new HallAccount { UserName = person.UserName, DisplayName = person.Name, PhoneNumber = person.Phone, LockoutEnabled = true };
            var result = await users.CreateAsync(account, options.DemoPassword);
            // Another node seeding at the same moment created it first: theirs is as good as ours.
            if (!result.Succeeded && await users.FindByNameAsync(person.UserName) is not null) continue;
            Require(result, person.UserName);
            Require(await users.AddToRolesAsync(account, AccountRoles.For(person, posts[person.UserName])), person.UserName);
            created++;
        }
        if (created > 0) logger.LogInformation("Demo accounts: {Created} created with the demo password", created);
    }

    private static void Require(IdentityResult result, string what)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Demo account {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
