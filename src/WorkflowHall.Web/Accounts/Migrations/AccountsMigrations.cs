using Microsoft.EntityFrameworkCore.Design;
using WorkflowHall.Data;
using WorkflowHall.Data.Migrations;
using WorkflowHall.Web.Accounts.Migrations.Postgres;
using WorkflowHall.Web.Accounts.Migrations.Sqlite;
using WorkflowHall.Web.Accounts.Migrations.SqlServer;

namespace WorkflowHall.Web.Accounts.Migrations;

/// <summary>
/// The accounts' migrations, one set per provider like the hall's (Data/Migrations/README.md): <see cref="ContextFor"/> gives the
/// provider's migrations context, and <c>dotnet ef … --project src/WorkflowHall.Web --context AccountsDbContext -- --provider Postgres</c>
/// comes here for one.
/// </summary>
internal sealed class AccountsMigrations : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public static AccountsDbContext ContextFor(AccountsDbContext db) => HallDatabase.MigrationsContext(db,
        options => new SqliteAccountsDbContext(options), options => new PostgresAccountsDbContext(options), options => new SqlServerAccountsDbContext(options));

    public AccountsDbContext CreateDbContext(string[] args)
    {
        using var model = new AccountsDbContext(DesignTimeDatabase.Options<AccountsDbContext>(DesignTimeDatabase.Read(args), AccountsDbContext.MigrationsHistoryTable));
        return ContextFor(model);
    }
}
