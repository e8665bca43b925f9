using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkflowHall.Data.Tests.Infrastructure;

namespace WorkflowHall.Data.Tests.Schema;

/// <summary>
/// A database made by main at 2db7345 — the last one with only hand-written migrations — migrates with this build and keeps
/// every row and its history. The fixtures (<c>Fixtures/</c>) were made there by <c>workflowhall seed --cases 12 --applicants 5
/// --seed 7</c> and one start of the web host (its demo accounts); the PostgreSQL one is a <c>pg_dump --inserts</c> of the same.
/// </summary>
public sealed class MainDatabaseUpgradeTests
{
    private static readonly string[] HandWrittenMigrations =
    [
        "20261122000001_Initial", "20261122000002_InstanceActivity", "20261122000003_HallDomain", "20261122000004_Supervision",
        "20261210000001_DashboardIndexes", "20261215000001_Administration", "20261216000001_PersonalDataAndAgentConsent", "20261216000002_Checkpoints",
    ];

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_made_by_main_at_2db7345_migrates_and_keeps_its_rows_and_history(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RestoreAsync(database);

        await using var hall = await TestHall.CreateAsync(provider, database: database);

        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal((12, 157, 24, 57), (await db.Cases.CountAsync(), await db.TrailEvents.CountAsync(), await db.WorkItems.CountAsync(), await CountAsync(db, """SELECT COUNT(*) AS "Value" FROM "AspNetUsers" """)));
        Assert.Equal(1, await CountAsync(db, """SELECT COUNT(*) AS "Value" FROM "__accounts_migrations" """));

        await using (var migrations = HallDatabase.MigrationsContext(db))
        {
            var applied = (await migrations.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Equal(HandWrittenMigrations, applied.Take(HandWrittenMigrations.Length));
            Assert.Equal(migrations.Database.GetMigrations(), applied);
            Assert.Empty(await migrations.Database.GetPendingMigrationsAsync());
        }

        // A case as the hall reads it: its instance and its whole trail, every event still readable.
        var withTrail = await db.TrailEvents.GroupBy(e => e.InstanceId).Select(g => new { Id = g.Key, Events = g.Count() }).OrderByDescending(g => g.Events).FirstAsync();
        Assert.NotNull(await db.Cases.FindAsync(withTrail.Id));
        Assert.NotNull(await hall.Runtime.FindAsync(withTrail.Id));
        var trail = await hall.Runtime.TrailAsync(withTrail.Id);
        Assert.Equal(withTrail.Events, trail.Count);
        Assert.Empty(trail.Unreadable);
        var item = await db.WorkItems.FirstAsync();
        Assert.Equal(item.InstanceId, (await hall.Inbox.FindAsync(item.Id))!.InstanceId);
    }

    private static async Task RestoreAsync(TestDatabase database)
    {
        if (database is SqliteTestDatabase sqlite)
        {
            await using var fixture = new GZipStream(File.OpenRead(Fixture("main-2db7345.sqlite.db.gz")), CompressionMode.Decompress);
            await using var file = File.Create(sqlite.FilePath);
            await fixture.CopyToAsync(file);
            return;
        }

        string dump;
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(Fixture("main-2db7345.postgres.sql.gz")), CompressionMode.Decompress)))
        {
            dump = await reader.ReadToEndAsync();
        }
        // psql's own commands (\restrict) are not SQL; the dump sets search_path to '' on its connection, so it gets one of its own.
        var sql = string.Join('\n', dump.Split('\n').Where(line => !line.StartsWith('\\')));
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var restore = new NpgsqlCommand(sql, connection);
        await restore.ExecuteNonQueryAsync();
    }

    /// <summary>Counts rows of a table outside the hall's model (the accounts').</summary>
    private static async Task<int> CountAsync(HallDbContext db, string countQuery) => await db.Database.SqlQueryRaw<int>(countQuery).SingleAsync();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", name);
}
