using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file, WAL mode, nothing to install.</summary>
    Sqlite,
    /// <summary>The server choice (also KingbaseES, openGauss and Highgo speak its protocol).</summary>
    Postgres,
    /// <summary>Microsoft SQL Server. Its migrations and statements are built and checked in CI, but it has not been run against a server here.</summary>
    SqlServer,
}

/// <summary>Which database the hall uses (configuration section <c>Database</c>).</summary>
public sealed class HallDatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, e.g. <c>Data Source=data/hall.db</c>; for PostgreSQL an Npgsql connection string; for SQL Server a Microsoft.Data.SqlClient one.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写数据库连接字符串 / a connection string is required")]
    public string ConnectionString { get; set; } = "Data Source=data/hall.db";

    /// <summary>These options as configuration entries, for a container built outside a host (the CLI, tests) to bind as the host would.</summary>
    public Dictionary<string, string?> AsSettings() => new()
    {
        [$"{Section}:{nameof(Provider)}"] = Provider.ToString(),
        [$"{Section}:{nameof(ConnectionString)}"] = ConnectionString,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            var names = Enum.GetNames<DatabaseProvider>();
            yield return new ValidationResult($"\"{Provider}\" 不是可选的值（{string.Join("、", names)}）/ \"{Provider}\" is not one of {string.Join(", ", names)}",
                [nameof(Provider)]);
        }
    }
}
