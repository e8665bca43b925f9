using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Gives every person of the demo hall a login (user name as in <c>people.json</c>, the demo password),
/// with the roles their kind and posts call for. People who already have an account keep it untouched.
/// All in one transaction: a node that stops half-way leaves no half-made accounts behind. (Nodes starting
/// together take turns through the whole startup, see <c>Hosting/StartupLock</c>.)
/// </summary>
internal sealed class DemoAccountSeed(IServiceScopeFactory scopes, IDbContextFactory<HallDbContext> hall, AccountOptions options, ILogger<DemoAccountSeed> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        List<PersonRecord> people;
        ILookup<string, string> posts;
        await using (var directory = await hall.CreateDbContextAsync(cancellationToken))
        {
            people = await directory.People.AsNoTracking().OrderBy(p => p.UserName).ToListAsync(cancellationToken);
            posts = (await directory.PostHoldings.AsNoTracking().Select(h => new { h.UserName, h.Post }).ToListAsync(cancellationToken))
                .ToLookup(h => h.UserName, h => h.Post);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        foreach (var role in HallRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Require(await roles.CreateAsync(new IdentityRole(role)), role);
        }
        string? passwordHash = null;
        var created = 0;
        foreach (var person in people)
        {
            if (await users.FindByNameAsync(person.UserName) is not null) continue;
            var account = new HallAccount { UserName = person.UserName, DisplayName = person.Name, PhoneNumber = person.Phone };
            // Hashing is slow on purpose; one hash of the one published demo password serves every demo account.
            passwordHash ??= await HashDemoPasswordAsync(users, account);
            account.PasswordHash = passwordHash;
            Require(await users.CreateAsync(account), person.UserName);
            Require(await users.AddToRolesAsync(account, AccountRoles.For(person, posts[person.UserName])), person.UserName);
            created++;
        }
        await transaction.CommitAsync(cancellationToken);
        if (created > 0) Log.DemoAccountsCreated(logger, created);
    }

    /// <summary>The demo password, checked against the password rules like any other.</summary>
    private async Task<string> HashDemoPasswordAsync(UserManager<HallAccount> users, HallAccount account)
    {
        foreach (var validator in users.PasswordValidators)
        {
            Require(await validator.ValidateAsync(users, account, options.DemoPassword), "password (Accounts:DemoPassword)");
        }
        return users.PasswordHasher.HashPassword(account, options.DemoPassword);
    }

    private static void Require(IdentityResult result, string what)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Demo account {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
