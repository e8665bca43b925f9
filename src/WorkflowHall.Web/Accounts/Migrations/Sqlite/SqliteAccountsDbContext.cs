using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Web.Accounts.Migrations.Sqlite;

/// <summary>The accounts' model as SQLite migrates it: the key of SQLite's migrations and model snapshot, used only to migrate.</summary>
internal sealed class SqliteAccountsDbContext(DbContextOptions<AccountsDbContext> options) : AccountsDbContext(options);
