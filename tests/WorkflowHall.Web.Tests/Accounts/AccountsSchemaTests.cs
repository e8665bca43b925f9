using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Accounts.Migrations;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Accounts;

/// <summary>
/// The accounts' migrations and the model Identity builds in the host must agree: a column the model has and
/// the table lacks is a sign-in that fails at run time.
/// </summary>
public sealed class AccountsSchemaTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_migrated_schema_has_every_table_column_and_index_of_the_accounts_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new HallNode(database) { Settings = new Dictionary<string, string> { ["Hall:SeedDemo"] = "false" } }.Start();
        await using var db = await node.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = await ColumnsAsync(connection, provider, table);
            foreach (var property in entity.GetProperties())
            {
                var name = property.GetColumnName();
                Assert.True(columns.ContainsKey(name), $"{table}.{name} is in the model but not in the migrated schema");
                Assert.True(columns[name] == property.IsColumnNullable(), $"{table}.{name}: nullable {property.IsColumnNullable()} in the model, {columns[name]} in the schema");
            }
            Assert.True(entity.GetProperties().Count() == columns.Count,
                $"{table} has columns the model does not know: {string.Join(", ", columns.Keys.Except(entity.GetProperties().Select(p => p.GetColumnName())))}");
        }

        var indexes = await IndexesAsync(connection, provider);
        foreach (var index in db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            Assert.True(indexes.TryGetValue(index.GetDatabaseName()!, out var unique), $"index {index.GetDatabaseName()} is in the model but not in the schema");
            Assert.True(unique == index.IsUnique, $"index {index.GetDatabaseName()}: unique {index.IsUnique} in the model, {unique} in the schema");
        }
        await using var migrations = AccountsMigrations.ContextFor(db);
        Assert.Empty(await migrations.Database.GetPendingMigrationsAsync());
    }

    public static TheoryData<DatabaseProvider> EveryProvider => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer];

    [Theory, MemberData(nameof(EveryProvider))]
    public void The_providers_accounts_snapshot_has_every_change_of_the_model(DatabaseProvider provider)
    {
        // Never opened: comparing the model with its snapshot needs no server, so SQL Server is checked too.
        var database = new HallDatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider switch
            {
                DatabaseProvider.Postgres => "Host=localhost;Database=snapshot",
                DatabaseProvider.SqlServer => "Server=localhost;Database=snapshot",
                _ => "Data Source=snapshot.db",
            },
        };
        var options = (DbContextOptions<AccountsDbContext>)HallDatabase.Configure(new DbContextOptionsBuilder<AccountsDbContext>(), database,
            AccountsDbContext.MigrationsHistoryTable).Options;
        using var model = new AccountsDbContext(options);
        using var migrations = AccountsMigrations.ContextFor(model);
        Assert.False(migrations.Database.HasPendingModelChanges(),
            $"The accounts' {provider} snapshot differs from the model: add a migration for every provider (src/WorkflowHall.Data/Migrations/README.md).");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Accounts_made_by_the_hand_written_migration_stay_when_the_tool_made_migrations_follow(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = new HallDatabaseOptions
        {
            Provider = provider == TestDatabase.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            ConnectionString = database.ConnectionString,
        };
        var accountsOptions = (DbContextOptions<AccountsDbContext>)HallDatabase.Configure(new DbContextOptionsBuilder<AccountsDbContext>(), options,
            AccountsDbContext.MigrationsHistoryTable).Options;
        await using (var model = new AccountsDbContext(accountsOptions))
        await using (var old = AccountsMigrations.ContextFor(model))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261122100001_Accounts"); // where main left a database
            await old.Database.ExecuteSqlRawAsync("""INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName") VALUES ('early-role', '早先的岗位', 'EARLY')""");
        }

        await using var node = new HallNode(database) { Settings = new Dictionary<string, string> { ["Hall:SeedDemo"] = "false" } }.Start();

        await using var accounts = await node.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync();
        Assert.Equal("早先的岗位", (await accounts.Roles.SingleAsync(r => r.Id == "early-role")).Name);
        await using var migrations = AccountsMigrations.ContextFor(accounts);
        Assert.Equal("20261122100001_Accounts", (await migrations.Database.GetAppliedMigrationsAsync()).First());
        Assert.Equal(migrations.Database.GetMigrations(), await migrations.Database.GetAppliedMigrationsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hall_database_from_before_accounts_gets_its_accounts_tables_and_its_people_their_logins(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = new HallDatabaseOptions
        {
            Provider = provider == TestDatabase.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            ConnectionString = database.ConnectionString,
        };
        await using (var hall = new HallDbContext(HallDatabase.Options(options)))
        {
            await HallDatabase.MigrateAsync(hall);
            hall.People.Add(new PersonRecord { UserName = "early.bird", Name = "早先的申请人", Kind = "person" });
            await hall.SaveChangesAsync();
        }

        await using var node = new HallNode(database).Start();

        await using var accounts = await node.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync();
        await using var migrations = AccountsMigrations.ContextFor(accounts);
        Assert.Empty(await migrations.Database.GetPendingMigrationsAsync());
        Assert.Equal(migrations.Database.GetMigrations(), await migrations.Database.GetAppliedMigrationsAsync());
        await using var scope = node.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
        var early = await users.FindByNameAsync("early.bird");
        Assert.NotNull(early);
        Assert.Equal(["applicant"], await users.GetRolesAsync(early));
        Assert.True(await users.CheckPasswordAsync(early, "Hall@2026"));
        await using var upgraded = await node.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        Assert.Equal("早先的申请人", (await upgraded.People.SingleAsync(p => p.UserName == "early.bird")).Name);
    }

    private static async Task<Dictionary<string, bool>> ColumnsAsync(DbConnection connection, string provider, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == TestDatabase.Postgres
            ? $"SELECT column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'"
            : $"SELECT name, \"notnull\" = 0 FROM pragma_table_info('{table}')";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) columns[reader.GetString(0)] = reader.GetBoolean(1);
        return columns;
    }

    /// <summary>Index name → unique.</summary>
    private static async Task<Dictionary<string, bool>> IndexesAsync(DbConnection connection, string provider)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == TestDatabase.Postgres
            ? "SELECT indexname, indexdef LIKE 'CREATE UNIQUE%' FROM pg_indexes WHERE schemaname = 'public'"
            : "SELECT name, sql LIKE 'CREATE UNIQUE%' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) names[reader.GetString(0)] = reader.GetBoolean(1);
        return names;
    }
}
