using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Accounts;

/// <summary>Every person of the demo hall can sign in, with the roles of their kind and posts; however many nodes start, once.</summary>
public sealed class DemoAccountTests
{
    public const string DemoPassword = "Hall@2026";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_nodes_starting_together_give_every_demo_person_one_login_with_their_roles(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var a = new HallNode(database);
        await using var b = new HallNode(database);

        await Task.WhenAll(Task.Run(a.Start), Task.Run(b.Start));

        var accounts = await AccountsAsync(b);
        await using var hall = await a.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        var people = await hall.People.AsNoTracking().ToListAsync();
        var agents = await hall.PostHoldings.Where(h => h.Post == "village-agent").Select(h => h.UserName).Distinct().ToListAsync();
        Assert.Equal(52, people.Count);
        Assert.Equal(people.Select(p => p.UserName).Order(StringComparer.Ordinal), accounts.Select(x => x.UserName));
        foreach (var person in people)
        {
            string[] expected = person.Kind switch
            {
                "person" or "enterprise" => ["applicant"],
                "administrator" => ["admin"],
                "auditor" => ["auditor"],
                _ => agents.Contains(person.UserName) ? ["agent", "clerk"] : ["clerk"],
            };
            Assert.True(expected.SequenceEqual(accounts.Single(x => x.UserName == person.UserName).Roles),
                $"{person.UserName} ({person.Kind}) has {string.Join(",", accounts.Single(x => x.UserName == person.UserName).Roles)}, expected {string.Join(",", expected)}");
        }
        // The people the demo hall's README names, as a reader of it would try them.
        Assert.Equal(["clerk"], accounts.Single(x => x.UserName == "zhou.min").Roles);
        Assert.Equal(["admin"], accounts.Single(x => x.UserName == "qian.lei").Roles);
        Assert.Equal(["auditor"], accounts.Single(x => x.UserName == "feng.xue").Roles);
        Assert.NotEmpty(agents);

        await using var scope = a.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
        foreach (var name in new[] { "zhou.min", "qian.lei", agents[0], people.First(p => p.Kind == "enterprise").UserName })
        {
            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync(name))!, DemoPassword), $"{name} cannot sign in with the demo password");
        }
    }

    [Fact]
    public async Task A_restart_changes_no_account_and_keeps_a_changed_password()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        List<Account> before;
        await using (var first = new HallNode(database).Start())
        {
            await using var scope = first.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
            var zhou = (await users.FindByNameAsync("zhou.min"))!;
            Assert.True((await users.ChangePasswordAsync(zhou, DemoPassword, "Zhou#2027x")).Succeeded);
            before = await AccountsAsync(first);
        }

        await using var restarted = new HallNode(database).Start();

        Assert.Equal(before, await AccountsAsync(restarted));
        await using var again = restarted.Services.CreateAsyncScope();
        var manager = again.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
        Assert.True(await manager.CheckPasswordAsync((await manager.FindByNameAsync("zhou.min"))!, "Zhou#2027x"));
    }

    /// <summary>What an account is to the person holding it: name, password, stamp and roles.</summary>
    private sealed record Account(string UserName, string Id, string PasswordHash, string SecurityStamp, string RolesText)
    {
        public IReadOnlyList<string> Roles => RolesText.Split(',');
    }

    private static async Task<List<Account>> AccountsAsync(HallNode node)
    {
        await using var db = await node.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        return (await db.Users.AsNoTracking().ToListAsync())
            .Select(u => new Account(u.UserName!, u.Id, u.PasswordHash!, u.SecurityStamp!,
                string.Join(",", roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order())))
            .OrderBy(a => a.UserName, StringComparer.Ordinal).ToList();
    }
}
