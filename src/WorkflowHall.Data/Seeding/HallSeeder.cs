using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// Fills a hall that has its matters published with generated applicants and cases spread over every
/// matter, village, channel and status. A modest number goes through the real services (the clock set
/// to each action's time); a large one (from <see cref="BulkFrom"/>) runs the same scripts through the
/// pure engine in memory and bulk-loads the rows, batch by batch.
/// </summary>
public sealed class HallSeeder(
    IDbContextFactory<HallDbContext> contexts,
    HallDatabaseOptions database,
    DefinitionStore definitions,
    MatterCatalog matters,
    HallDirectory directory,
    WorkingDayCalendar calendar)
{
    public const int BulkFrom = 20_000;
    private const int BatchSize = 1_000;

    public async Task<SeedReport> RunAsync(SeedOptions options, IReadOnlyList<SeedApplicant> applicants, MaterialStore materials, SeedMode mode = SeedMode.Auto,
        IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var bulk = mode == SeedMode.Bulk || mode == SeedMode.Auto && options.Cases >= BulkFrom;
        var catalog = await SeedCatalog.LoadAsync(contexts, matters, definitions, directory, calendar, cancellationToken);
        var files = await StoreFilesAsync(catalog, materials, cancellationToken);
        await AddApplicantsAsync(applicants, bulk, cancellationToken);
        progress?.Report(new SeedProgress("applicants", applicants.Count, applicants.Count, watch.Elapsed));

        var planner = new SeedPlanner(catalog, applicants, files, options);
        var planned = planner.Plan();
        progress?.Report(new SeedProgress("plan", planned.Count, planned.Count, watch.Elapsed));

        var casesStarted = watch.Elapsed;
        var statuses = bulk
            ? await BulkAsync(catalog, planner, planned, progress, watch, cancellationToken)
            : await ThroughServicesAsync(planner, planned, options, progress, watch, cancellationToken);
        return new SeedReport(applicants.Count, planned.Count, statuses, bulk, watch.Elapsed, watch.Elapsed - casesStarted);
    }

    private async Task<Dictionary<string, int>> ThroughServicesAsync(SeedPlanner planner, IReadOnlyList<PlannedCase> planned, SeedOptions options,
        IProgress<SeedProgress>? progress, Stopwatch watch, CancellationToken cancellationToken)
    {
        var driver = new ServiceCaseDriver(contexts, definitions, matters, directory, calendar, new SeedClock(options.From));
        var statuses = new Dictionary<string, int>();
        for (var i = 0; i < planned.Count; i++)
        {
            var record = await driver.RunAsync(planner.Script(planned[i]), cancellationToken);
            statuses[record.Status] = statuses.GetValueOrDefault(record.Status) + 1;
            if ((i + 1) % 100 == 0 || i + 1 == planned.Count) progress?.Report(new SeedProgress("cases", i + 1, planned.Count, watch.Elapsed));
        }
        return statuses;
    }

    /// <summary>
    /// Scripts and engine runs on all cores but one, batch by batch in submission order; one writer loads
    /// each finished batch while the next is computed. Numbers continue from the counters already in the
    /// database, which are moved on at the end.
    /// </summary>
    private async Task<Dictionary<string, int>> BulkAsync(SeedCatalog catalog, SeedPlanner planner, IReadOnlyList<PlannedCase> planned,
        IProgress<SeedProgress>? progress, Stopwatch watch, CancellationToken cancellationToken)
    {
        var counters = await CountersAsync(cancellationToken);
        var runs = catalog.Matters.ToDictionary(m => m.Guide.ImplementationCode, m => new ScriptedCaseRun(m, catalog.Directory, calendar));
        var statuses = new Dictionary<string, int>();
        // The engine and the writer cost about the same per case: leave the writer a core of its own.
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
        var batches = Channel.CreateBounded<BulkBatch>(2);
        var producer = Task.Run(async () =>
        {
            try
            {
                for (var start = 0; start < planned.Count; start += BatchSize)
                {
                    var count = Math.Min(BatchSize, planned.Count - start);
                    var scripts = new CaseScript[count];
                    Parallel.For(0, count, parallel, i => scripts[i] = planner.Script(planned[start + i]));
                    var numbers = scripts.Select(s => Next(counters, s)).ToArray();
                    var rows = new CaseRows[count];
                    Parallel.For(0, count, parallel, i => rows[i] = runs[scripts[i].Application.ImplementationCode]
                        .Run(scripts[i], Guid.CreateVersion7(scripts[i].SubmittedAt).ToString("N"), numbers[i]));
                    var batch = new BulkBatch();
                    foreach (var caseRows in rows)
                    {
                        batch.Add(caseRows);
                        statuses[caseRows.Case.Status] = statuses.GetValueOrDefault(caseRows.Case.Status) + 1;
                    }
                    await batches.Writer.WriteAsync(batch, cancellationToken);
                }
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, cancellationToken);

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        await using (var writer = await BulkRowWriter.OpenAsync(db.Model, database, cancellationToken))
        {
            var done = 0;
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await writer.WriteAsync(batch, cancellationToken);
                done += batch.Rows(typeof(CaseRecord)).Count;
                progress?.Report(new SeedProgress("cases", done, planned.Count, watch.Elapsed));
            }
        }
        await producer;
        await SaveCountersAsync(counters, cancellationToken);
        return statuses;
    }

    /// <summary>The next case number for a script, as <see cref="CaseNumbers"/> would give it on its submission day.</summary>
    private static string Next(Dictionary<string, int> counters, CaseScript script)
    {
        var code = script.Application.ImplementationCode;
        var day = HallTime.DateOf(script.SubmittedAt);
        var prefix = code + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var serial = counters[prefix] = counters.GetValueOrDefault(prefix) + 1;
        var number = CaseNumber.Format(code, day, serial);
        return number.IsValid ? number.Value.Value
            : throw new InvalidOperationException($"{number.Error.MessageEn} ({prefix}): spread the cases over more days (--months).");
    }

    private async Task<Dictionary<string, int>> CountersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CaseNumberCounters.AsNoTracking().ToDictionaryAsync(c => c.Prefix, c => c.Last, cancellationToken);
    }

    private async Task SaveCountersAsync(Dictionary<string, int> counters, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.CaseNumberCounters.ToDictionaryAsync(c => c.Prefix, cancellationToken);
        foreach (var (prefix, last) in counters)
        {
            if (!stored.TryGetValue(prefix, out var counter)) db.CaseNumberCounters.Add(new CaseNumberCounterRecord { Prefix = prefix, Last = last });
            else if (counter.Last < last) counter.Last = last;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddApplicantsAsync(IReadOnlyList<SeedApplicant> applicants, bool bulk, CancellationToken cancellationToken)
    {
        var people = applicants.Select(a => new PersonRecord
        {
            UserName = a.UserName, Name = a.Name, Kind = a.Kind, Number = a.Number, Phone = a.Phone, VillageCode = a.Village,
        });
        if (bulk)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var writer = await BulkRowWriter.OpenAsync(db.Model, database, cancellationToken);
            foreach (var chunk in people.Chunk(20_000))
            {
                var batch = new BulkBatch();
                batch.AddRange(chunk);
                await writer.WriteAsync(batch, cancellationToken);
            }
            return;
        }
        foreach (var chunk in people.Chunk(1_000))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.People.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>One small PDF per material name, stored like an upload; every generated case submits these.</summary>
    private static async Task<Dictionary<string, string>> StoreFilesAsync(SeedCatalog catalog, MaterialStore materials, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in catalog.Matters.SelectMany(m => m.Guide.Materials.IsDefault ? [] : m.Guide.Materials).Select(m => m.Name)
            .Append(CaseApplications.ConsentFormName).Distinct())
        {
            var pdf = Encoding.UTF8.GetBytes($"%PDF-1.4\n% WorkflowHall demo material: {name}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
            var stored = await materials.SaveAsync(new MemoryStream(pdf), name + ".pdf", pdf.Length, cancellationToken);
            files[name] = stored.Succeeded ? stored.Value!.Sha256 : throw new InvalidOperationException($"Storing the demo file for {name} failed: {stored.Error}");
        }
        return files;
    }
}
