using Microsoft.Data.Sqlite;
using WorkflowHall.Data;

namespace WorkflowHall.Web.Hosting;

/// <summary>Reads the <c>Database</c> section; a relative SQLite file is anchored at the content root, not the working directory.</summary>
internal static class DatabaseConfiguration
{
    public const string Section = "Database";

    public static HallDatabaseOptions Read(IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(Section).Get<HallDatabaseOptions>() ?? new HallDatabaseOptions();
        if (options.Provider != DatabaseProvider.Sqlite) return options;

        var connection = new SqliteConnectionStringBuilder(options.ConnectionString);
        var file = connection.DataSource;
        var inMemory = file.Length == 0 || file == ":memory:" || connection.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(file))
        {
            connection.DataSource = Path.GetFullPath(file, contentRoot);
            options.ConnectionString = connection.ToString();
        }
        return options;
    }
}
