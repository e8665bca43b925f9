using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Calendars;
using WorkflowHall.Cli.Seeding;
using WorkflowHall.Data;
using WorkflowHall.Data.Demo;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Seeding;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Commands;

/// <summary>
/// <c>seed --database CONNECTION [--provider sqlite|postgres] [--cases N] [--applicants N] [--seed N]
/// [--until DATE] [--months N] [--mode services|bulk] [--materials DIR] [--samples DIR] [--calendar DIR]</c>:
/// migrates the database, loads the demo hall, then generates applicants and cases over every matter,
/// village, channel and status, and prints the counts and the rate.
/// </summary>
internal sealed class SeedCommand : ICliCommand
{
    public const int MaxCases = 50_000_000;

    public string Name => "seed";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        OptionSpec.Single("database"), OptionSpec.Single("provider"), OptionSpec.Single("cases"), OptionSpec.Single("applicants"), OptionSpec.Single("seed"),
        OptionSpec.Single("until"), OptionSpec.Single("months"), OptionSpec.Single("mode"), OptionSpec.Single("materials"), OptionSpec.Single("samples"),
        OptionSpec.Single("calendar"),
    ];

    public IReadOnlyList<ArgumentSpec> Arguments { get; } = [];

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var settings = SeedSettings.Read(arguments, context, out var error);
        var calendar = error is null ? CalendarLocator.Locate(arguments.Value("calendar"), context, out error) : null;
        var samples = error is null ? Samples(arguments.Value("samples"), context, out error) : null;
        if (error is not null)
        {
            context.Error.WriteLine($"workflowhall seed: {error}");
            return ExitCodes.Unusable;
        }

        var output = context.Output;
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings!.Database.AsSettings()).Build())
            .AddSingleton(calendar!.Calendar)
            .AddHallData()
            .BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<HallDbContext>>();
        try
        {
            output.WriteLine($"数据库 / database: {settings.Database.Provider}，{Describe(settings.Database)}");
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken)) await HallDatabase.MigrateAsync(db, cancellationToken);

            var report = await services.GetRequiredService<DemoHallLoader>().LoadAsync(samples!, cancellationToken);
            output.WriteLine($"演示大厅 / demo hall ({samples!.HallPath}): {report}");

            var applicants = await ApplicantsAsync(contexts, settings, cancellationToken);
            output.WriteLine($"办件 / cases: {settings.Cases:N0}，{HallTime.FormatMinute(settings.From)} — {HallTime.FormatMinute(settings.Until)}，" +
                $"{(settings.Mode == SeedMode.Bulk || settings.Mode == SeedMode.Auto && settings.Cases >= HallSeeder.BulkFrom ? "批量写入 / bulk insert" : "逐件调用服务 / through the services")}");
            var materials = new MaterialStore(contexts, new MaterialStoreOptions { Root = settings.MaterialsPath }, TimeProvider.System);
            var seeder = new HallSeeder(contexts, settings.Database, services.GetRequiredService<DefinitionStore>(), services.GetRequiredService<MatterCatalog>(),
                services.GetRequiredService<HallDirectory>(), calendar.Calendar);
            var seeded = await seeder.RunAsync(new SeedOptions { Cases = settings.Cases, Seed = settings.Seed, From = settings.From, Until = settings.Until },
                applicants, materials, settings.Mode, new ProgressPrinter(output), cancellationToken);
            Print(output, seeded);
            return ExitCodes.Success;
        }
        catch (DemoHallException e)
        {
            context.Error.WriteLine($"workflowhall seed: 演示大厅无法载入 / the demo hall does not load: {e.Message}");
            return ExitCodes.Problems;
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException or System.Data.Common.DbException or IOException)
        {
            context.Error.WriteLine($"workflowhall seed: 生成失败 / seeding failed: {e.Message}");
            return ExitCodes.Problems;
        }
    }

    /// <summary>Applicants for this run: user names carry the run's number, and no number repeats one already in the database.</summary>
    internal static async Task<IReadOnlyList<SeedApplicant>> ApplicantsAsync(IDbContextFactory<HallDbContext> contexts, SeedSettings settings, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(cancellationToken);
        var byCode = units.ToDictionary(u => u.Code);
        string? Ancestor(string? code, string level)
        {
            for (var unit = code is null ? null : byCode.GetValueOrDefault(code); unit is not null; unit = unit.ParentCode is null ? null : byCode.GetValueOrDefault(unit.ParentCode))
            {
                if (unit.Level == level) return unit.Code;
            }
            return null;
        }
        var villages = units.Where(u => u.Level == nameof(OrgLevel.Village) && u.RegionCode is { Length: 6 })
            .Select(u => new SeedVillage(u.Code, u.Name, byCode.GetValueOrDefault(u.ParentCode ?? "")?.Name ?? "", Ancestor(u.Code, nameof(OrgLevel.County)) ?? "", u.RegionCode!))
            .OrderBy(v => v.Code, StringComparer.Ordinal).ToList();
        if (villages.Count == 0) throw new InvalidOperationException("The organisation tree has no villages for applicants to live in.");
        // The county whose departments handle the most: most applicants live there.
        var primary = villages.GroupBy(v => v.County).MaxBy(g => units.Count(u => Ancestor(u.Code, nameof(OrgLevel.County)) == g.Key))!.Key;

        var taken = (await db.People.Where(p => p.Number != null).Select(p => p.Number!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        // Each run's user names carry its number: seed1.p0000001, then seed2.p0000001 …
        var earlier = await db.People.Where(p => p.UserName.StartsWith("seed")).Select(p => p.UserName).ToListAsync(cancellationToken);
        var run = 1 + earlier.Select(n => n.IndexOf('.') is > 4 and var dot && int.TryParse(n[4..dot], out var r) ? r : 0).DefaultIfEmpty(0).Max();
        var today = HallTime.DateOf(settings.Until);
        return new ApplicantFaker(villages, primary, today, settings.Seed).Generate(settings.Applicants, $"seed{run}.", taken);
    }

    private static DemoHallSource? Samples(string? path, CliContext context, out CliError? error)
    {
        error = null;
        if (path is null)
        {
            var found = DemoHallSource.Find(context.WorkingDirectory);
            if (found is null) error = new CliError("找不到演示大厅（samples/hall），请用 --samples 指定", "the demo hall (samples/hall) was not found; give it with --samples");
            return found;
        }
        var full = context.FullPath(path);
        if (!File.Exists(Path.Combine(full, "organisations.json")))
        {
            error = new CliError($"{path} 不是演示大厅目录（缺少 organisations.json）", $"{path} is not a demo hall folder (no organisations.json)");
            return null;
        }
        var root = RepositoryRoot.Find(full);
        var workflows = root is null ? null : Path.Combine(root, "workflows");
        return new DemoHallSource(full, workflows is not null && Directory.Exists(workflows) ? workflows : null);
    }

    private static void Print(TextWriter output, SeedReport report)
    {
        output.WriteLine($"完成 / done: {report.Applicants:N0} 名申请人 / applicants，{report.Cases:N0} 件办件 / cases，" +
            $"用时 / in {report.Elapsed.TotalSeconds:F1} s（办件 / cases {report.CasesElapsed.TotalSeconds:F1} s，{report.CasesPerSecond:N0} 件/秒 / cases per second）");
        output.WriteLine("各状态办件数 / cases by status:");
        foreach (var status in SeedPlannerStatuses())
        {
            var count = report.ByStatus.GetValueOrDefault(status.ToString());
            output.WriteLine($"  {status.Chinese(),-8} {status,-20} {count,10:N0}");
        }
    }

    private static IEnumerable<CaseStatus> SeedPlannerStatuses() =>
        Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Terminated);


    private static string Describe(HallDatabaseOptions database) => database.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(database.ConnectionString).DataSource
        : new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) is var pg ? $"{pg.Host}:{pg.Port}/{pg.Database}" : "";

    /// <summary>Progress, a line for each tenth of the work (and the first and last).</summary>
    private sealed class ProgressPrinter(TextWriter output) : IProgress<SeedProgress>
    {
        private int _lastTenth = -1;

        public void Report(SeedProgress value)
        {
            if (value.Stage != "cases")
            {
                output.WriteLine($"  {Stage(value.Stage)}: {value.Done:N0}（{value.Elapsed.TotalSeconds:F1} s）");
                return;
            }
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (tenth == _lastTenth) return;
            _lastTenth = tenth;
            output.WriteLine($"  办件 / cases: {value.Done:N0} / {value.Total:N0}（{tenth * 10}%，{value.Elapsed.TotalSeconds:F1} s）");
        }

        private static string Stage(string stage) => stage switch
        {
            "applicants" => "申请人 / applicants",
            "plan" => "已排期 / planned",
            _ => stage,
        };
    }
}
