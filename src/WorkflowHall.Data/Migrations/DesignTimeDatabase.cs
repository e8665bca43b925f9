using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Data.Migrations;

/// <summary>
/// What <c>dotnet ef</c> works on, from the arguments after its <c>--</c>: <c>--provider Sqlite|Postgres|SqlServer</c>
/// (required; each provider has its own migrations) and optionally <c>--connection "…"</c>, which only commands that
/// touch a database need (<c>migrations add</c>, <c>script</c> and <c>has-pending-model-changes</c> do not).
/// </summary>
public static class DesignTimeDatabase
{
    public static HallDatabaseOptions Read(string[] args)
    {
        var provider = Value(args, "--provider") ?? throw new ArgumentException(
            "请在 -- 之后给出 --provider Sqlite|Postgres|SqlServer / name the provider after --: -- --provider Sqlite|Postgres|SqlServer");
        if (!Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"未知的数据库类型 / unknown provider: {provider} (Sqlite, Postgres, SqlServer)");
        }
        return new HallDatabaseOptions
        {
            Provider = kind,
            ConnectionString = Value(args, "--connection") ?? kind switch
            {
                DatabaseProvider.Postgres => "Host=localhost;Database=workflowhall",
                DatabaseProvider.SqlServer => "Server=localhost;Database=WorkflowHall;Integrated Security=true;TrustServerCertificate=true",
                _ => "Data Source=data/hall.db",
            },
        };
    }

    /// <summary>Design-time options for <typeparamref name="TContext"/>: the provider's, with new migration ids that follow the last one (see <see cref="FollowingMigrationsIdGenerator{TContext}"/>).</summary>
    public static DbContextOptions<TContext> Options<TContext>(HallDatabaseOptions database, string? migrationsHistoryTable = null) where TContext : DbContext =>
        ((DbContextOptionsBuilder<TContext>)HallDatabase.Configure(new DbContextOptionsBuilder<TContext>(), database, migrationsHistoryTable)
            .ReplaceService<IMigrationsIdGenerator, FollowingMigrationsIdGenerator<TContext>>()).Options;

    private static string? Value(string[] args, string name)
    {
        var at = Array.FindIndex(args, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
