using Microsoft.Data.Sqlite;
using WorkflowHall.Data;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// A relative path in the settings — the SQLite file, the material store, the signing keys — is anchored at the content root,
/// not the working directory, so that the hall finds its files wherever it was started from.
/// </summary>
internal static class ContentRootPaths
{
    public static void Anchor(HallDatabaseOptions options, string contentRoot)
    {
        if (options.Provider != DatabaseProvider.Sqlite || string.IsNullOrWhiteSpace(options.ConnectionString)) return;

        var connection = new SqliteConnectionStringBuilder(options.ConnectionString);
        var file = connection.DataSource;
        var inMemory = file.Length == 0 || file == ":memory:" || connection.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(file))
        {
            connection.DataSource = Path.GetFullPath(file, contentRoot);
            options.ConnectionString = connection.ToString();
        }
    }

    /// <summary>The path from the content root; an empty one is left for the options' check to refuse by name.</summary>
    public static string Anchor(string path, string contentRoot) => string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path, contentRoot);
}
