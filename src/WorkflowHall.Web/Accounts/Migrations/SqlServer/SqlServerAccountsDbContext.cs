using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Web.Accounts.Migrations.SqlServer;

/// <summary>The accounts' model as SQL Server migrates it: the key of SQL Server's migrations and model snapshot, used only to migrate.</summary>
internal sealed class SqlServerAccountsDbContext(DbContextOptions<AccountsDbContext> options) : AccountsDbContext(options);
