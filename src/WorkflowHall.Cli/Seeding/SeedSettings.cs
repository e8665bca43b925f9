using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Commands;
using WorkflowHall.Data;
using WorkflowHall.Data.Seeding;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Seeding;

/// <summary>The <c>seed</c> command's options, checked: the database, how many cases and applicants, the random seed and the time window.</summary>
internal sealed record SeedSettings(HallDatabaseOptions Database, int Cases, int Applicants, int Seed, DateTimeOffset From, DateTimeOffset Until, SeedMode Mode,
    string MaterialsPath)
{

    public static SeedSettings? Read(ParsedArguments arguments, CliContext context, out CliError? error)
    {
        error = null;
        if (arguments.Value("database") is not { Length: > 0 } connection)
        {
            error = new CliError("缺少 --database（如 \"Data Source=data/hall.db\"）", "--database is missing (e.g. \"Data Source=data/hall.db\")");
            return null;
        }
        var provider = arguments.Value("provider") ?? "sqlite";
        if (provider == "sqlserver")
        {
            // The hall runs on SQL Server, but seeding writes in bulk the way each provider allows and SQL Server's way is not written.
            error = new CliError("seed 还不能写入 SQL Server（没有它的批量写入）；请在 SQLite 或 PostgreSQL 上造数",
                "seed cannot write to SQL Server yet (it has no bulk writer there); seed SQLite or PostgreSQL instead");
            return null;
        }
        if (provider is not ("sqlite" or "postgres"))
        {
            error = new CliError($"--provider 应为 sqlite 或 postgres，而不是 {provider}", $"--provider must be sqlite or postgres, not {provider}");
            return null;
        }
        var cases = Number(arguments, "cases", 200, 1, SeedCommand.MaxCases, ref error);
        var applicants = Number(arguments, "applicants", Math.Max(1, cases * 4 / 5), 1, SeedCommand.MaxCases, ref error);
        var seed = Number(arguments, "seed", 42, 0, int.MaxValue, ref error);
        var months = Number(arguments, "months", 4, 1, 36, ref error);
        var mode = arguments.Value("mode") switch
        {
            null or "auto" => SeedMode.Auto,
            "services" => SeedMode.Services,
            "bulk" => SeedMode.Bulk,
            var other => Fail(ref error, new CliError($"--mode 应为 services 或 bulk，而不是 {other}", $"--mode must be services or bulk, not {other}")),
        };
        DateTimeOffset until;
        if (arguments.Value("until") is { } day)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error ??= new CliError($"--until \"{day}\" 不是 yyyy-MM-dd 格式的日期", $"--until \"{day}\" is not a date in yyyy-MM-dd form");
            }
            until = HallTime.On(date, new TimeOnly(18, 0));
        }
        else
        {
            var now = HallTime.Now(TimeProvider.System);
            until = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, HallTime.Offset);
        }
        if (error is not null) return null;

        var from = new DateTimeOffset(until.Date.AddMonths(-months), HallTime.Offset);
        var database = new HallDatabaseOptions
        {
            Provider = provider == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            ConnectionString = provider == "postgres" ? connection : Anchored(connection, context),
        };
        var materials = arguments.Value("materials") is { } folder ? context.FullPath(folder)
            : database.Provider == DatabaseProvider.Sqlite && Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource) is { Length: > 0 } beside
                ? Path.Combine(beside, "materials")
                : context.FullPath(Path.Combine("data", "materials"));
        return new SeedSettings(database, cases, applicants, seed, from, until, mode, materials);
    }

    /// <summary>A relative SQLite file is taken from the working directory.</summary>
    private static string Anchored(string connection, CliContext context)
    {
        var builder = new SqliteConnectionStringBuilder(connection);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(file))
        {
            builder.DataSource = context.FullPath(file);
        }
        return builder.ToString();
    }

    private static int Number(ParsedArguments arguments, string name, int fallback, int min, int max, ref CliError? error)
    {
        if (arguments.Value(name) is not { } text) return fallback;
        if (int.TryParse(text.Replace("_", "").Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        error ??= new CliError($"--{name} \"{text}\" 应为 {min} 到 {max} 之间的整数", $"--{name} \"{text}\" must be a whole number from {min} to {max}");
        return fallback;
    }

    private static SeedMode Fail(ref CliError? error, CliError failure)
    {
        error ??= failure;
        return SeedMode.Auto;
    }
}
