using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Web.Accounts.Migrations.Postgres;

/// <summary>The accounts' model as PostgreSQL migrates it: the key of PostgreSQL's migrations and model snapshot, used only to migrate.</summary>
internal sealed class PostgresAccountsDbContext(DbContextOptions<AccountsDbContext> options) : AccountsDbContext(options);
