using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Cli.Commands;
using WorkflowHall.Cli.Seeding;
using WorkflowHall.Data;
using WorkflowHall.Data.Demo;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Seeding;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Tests.Seeding;

public sealed partial class BulkSeedTests
{
    private static readonly DateTimeOffset Until = new(2026, 11, 20, 18, 0, 0, HallTime.Offset);

    [Fact]
    public async Task The_bulk_path_writes_exactly_the_rows_the_services_write()
    {
        await using var viaServices = new SeededHall();
        await using var viaBulk = new SeededHall();
        await BothPathsWriteTheSameRowsAsync(viaServices, viaBulk);
    }

    [PostgresFact]
    public async Task On_PostgreSQL_the_bulk_path_copies_exactly_the_rows_the_services_write()
    {
        await using var viaServices = await SeededHall.CreatePostgresAsync();
        await using var viaBulk = await SeededHall.CreatePostgresAsync();
        await BothPathsWriteTheSameRowsAsync(viaServices, viaBulk);
    }

    [PostgresFact]
    public async Task On_PostgreSQL_a_bulk_seed_through_the_command_line_verifies()
    {
        await using var hall = await SeededHall.CreatePostgresAsync();

        var run = await hall.SeedAsync("--cases", "3000", "--mode", "bulk");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(3000, await db.Cases.Select(c => c.CaseNumber).Distinct().CountAsync());
        Assert.Equal(11, await db.Cases.Select(c => c.Status).Distinct().CountAsync());
        foreach (var sample in await db.Cases.GroupBy(c => c.Status).Select(g => g.Min(c => c.Id)).ToListAsync())
        {
            var verification = await hall.VerifyTrailAsync(sample!);
            Assert.True(verification.IsValid, verification.ToString());
        }
    }

    private static async Task BothPathsWriteTheSameRowsAsync(SeededHall viaServices, SeededHall viaBulk)
    {
        var (servicesReport, bulkReport) = (await SeedAsync(viaServices, SeedMode.Services, 160), await SeedAsync(viaBulk, SeedMode.Bulk, 160));

        Assert.False(servicesReport.Bulk);
        Assert.True(bulkReport.Bulk);
        Assert.Equal(servicesReport.ByStatus.OrderBy(s => s.Key), bulkReport.ByStatus.OrderBy(s => s.Key));
        foreach (var (table, query) in Queries)
        {
            var expected = await RowsAsync(viaServices, query);
            var actual = await RowsAsync(viaBulk, query);
            Assert.True(expected.Count > 0 || table is "timers" or "service_calls", $"{table} is empty");
            Assert.True(expected.Count == actual.Count, $"{table}: the services wrote {expected.Count} rows, the bulk path {actual.Count}");
            for (var i = 0; i < expected.Count; i++) Assert.True(expected[i] == actual[i], $"{table} row {i}:\n services: {expected[i]}\n bulk:     {actual[i]}");
        }
    }

    [Fact]
    public async Task Twenty_five_thousand_cases_are_bulk_loaded_with_the_same_kinds_of_rows()
    {
        await using var hall = new SeededHall();

        var run = await hall.SeedAsync("--cases", "25000", "--seed", "3");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("bulk insert", run.Output);
        Assert.Matches(@"cases \d[\d.]* s，[\d,]+ 件/秒", run.Output);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(25_000, await db.Cases.CountAsync());
        Assert.Equal(20_000, await db.People.CountAsync(p => p.UserName.StartsWith("seed1.")));
        var byStatus = await db.Cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(11, byStatus.Count);
        Assert.All(byStatus, s => Assert.Contains($"{s.Key}", run.Output));
        Assert.Equal(25_000, await db.Cases.Select(c => c.CaseNumber).Distinct().CountAsync());

        // The counters continue where the numbers stop, so the next application gets the next serial.
        var cases = await db.Cases.AsNoTracking().Select(c => new { c.Id, c.CaseNumber, c.Status, c.ImplementationCode, c.SubmittedAt }).ToListAsync();
        var counters = await db.CaseNumberCounters.AsNoTracking().ToDictionaryAsync(c => c.Prefix, c => c.Last);
        foreach (var prefix in cases.GroupBy(c => c.CaseNumber[..^4]))
        {
            Assert.Equal(prefix.Max(c => int.Parse(c.CaseNumber[^4..])), counters[prefix.Key]);
        }

        // Rows of the same kinds the services write: instances, inbox rows for open cases only, trails that verify.
        Assert.Equal(25_000, await db.Instances.CountAsync());
        var open = cases.Where(c => c.Status is not ("Closed" or "Refused" or "NotAccepted" or "Withdrawn")).Select(c => c.Id).ToHashSet();
        var withItems = (await db.WorkItems.Select(w => w.InstanceId).Distinct().ToListAsync()).ToHashSet();
        Assert.True(open.SetEquals(withItems));
        Assert.True(await db.TrailEvents.CountAsync() > 25_000 * 4);
        Assert.True(await db.CaseMaterials.CountAsync() > 25_000 * 2);
        Assert.True(await db.SpecialProcedures.AnyAsync());
        foreach (var sample in cases.GroupBy(c => c.Status).Select(g => g.Skip(g.Count() / 2).First()))
        {
            var verification = await hall.VerifyTrailAsync(sample.Id);
            Assert.True(verification.IsValid, $"{sample.Status} {sample.CaseNumber}: {verification}");
        }
        var accepted = await db.Cases.AsNoTracking().FirstAsync(c => c.Status == "Accepted");
        Assert.NotNull(accepted.PromisedDueAt);
        Assert.Equal(1, await db.WorkItems.CountAsync(w => w.InstanceId == accepted.Id && w.CandidatePost == "section-review"));
    }

    /// <summary>The demo hall on a fresh database, then the same applicants and plan through one path.</summary>
    private static async Task<SeedReport> SeedAsync(SeededHall hall, SeedMode mode, int cases)
    {
        await using (var db = await hall.Contexts.CreateDbContextAsync()) await HallDatabase.MigrateAsync(db);
        await hall.Get<DemoHallLoader>().LoadAsync(DemoHallSource.Find(Checkout.Root)!);
        var settings = new SeedSettings(hall.Database, cases, cases * 4 / 5, 11, Until.AddMonths(-4), Until, mode, Path.Combine(hall.Folder, "materials"));
        var applicants = await SeedCommand.ApplicantsAsync(hall.Contexts, settings, CancellationToken.None);
        var seeder = new HallSeeder(hall.Contexts, hall.Database, hall.Get<DefinitionStore>(), hall.Get<MatterCatalog>(), hall.Get<HallDirectory>(),
            hall.Get<WorkingDayCalendar>());
        var materials = new MaterialStore(hall.Contexts, new MaterialStoreOptions { Root = settings.MaterialsPath }, TimeProvider.System);
        return await seeder.RunAsync(new SeedOptions { Cases = cases, Seed = settings.Seed, From = settings.From, Until = Until }, applicants, materials, mode);
    }

    /// <summary>Each table the cases write, in an order both databases share (case numbers are the same on both paths).</summary>
    private static readonly (string Table, string Query)[] Queries =
    [
        ("cases", "SELECT * FROM cases ORDER BY \"CaseNumber\""),
        ("instances", "SELECT i.* FROM instances i JOIN cases c ON c.\"Id\" = i.\"Id\" ORDER BY c.\"CaseNumber\""),
        ("work_items", "SELECT w.* FROM work_items w JOIN cases c ON c.\"Id\" = w.\"InstanceId\" ORDER BY c.\"CaseNumber\", w.\"EngineId\""),
        ("trail_events", "SELECT e.* FROM trail_events e JOIN cases c ON c.\"Id\" = e.\"InstanceId\" ORDER BY c.\"CaseNumber\", e.\"Sequence\""),
        ("case_materials", "SELECT m.* FROM case_materials m JOIN cases c ON c.\"Id\" = m.\"CaseId\" ORDER BY c.\"CaseNumber\", m.\"Id\""),
        ("special_procedures", "SELECT p.* FROM special_procedures p JOIN cases c ON c.\"Id\" = p.\"CaseId\" ORDER BY c.\"CaseNumber\", p.\"Id\""),
        ("timers", "SELECT * FROM timers"),
        ("service_calls", "SELECT * FROM service_calls"),
        ("people", "SELECT * FROM people ORDER BY \"UserName\""),
        ("case_number_counters", "SELECT * FROM case_number_counters ORDER BY \"Prefix\""),
    ];

    /// <summary>
    /// Rows as stored (SQLite's own text for dates, not values read back through EF), with what differs
    /// by nature taken out: generated row ids, and the instance id with the hashes it enters.
    /// </summary>
    private static async Task<List<string>> RowsAsync(SeededHall hall, string query)
    {
        await using var connection = hall.Connect();
        await connection.OpenAsync();
        var ids = new Dictionary<string, string>();
        await using (var numbering = connection.CreateCommand())
        {
            numbering.CommandText = "SELECT \"Id\", \"CaseNumber\" FROM cases";
            await using var reader = await numbering.ExecuteReaderAsync();
            while (await reader.ReadAsync()) ids[reader.GetString(0)] = "case:" + reader.GetString(1);
        }
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var fields = new List<string>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var name = reader.GetName(i);
                    if (name is "Id" && !query.Contains("FROM people") || name is "TrailHead" or "StateHash" or "PreviousHash" or "Hash") continue;
                    var value = reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
                    foreach (var (id, number) in ids) value = value.Replace(id, number);
                    fields.Add($"{name}={TrailHeads().Replace(value, "\"TrailHead\":\"…\"")}");
                }
                rows.Add(string.Join(" | ", fields));
            }
        }
        return rows;
    }

    [GeneratedRegex("\"TrailHead\":\"[0-9a-f]+\"")]
    private static partial Regex TrailHeads();
}
