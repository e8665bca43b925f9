using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace WorkflowHall.Web.Tests.Infrastructure;

/// <summary>
/// The web host in memory, on its own SQLite file (deleted on dispose), with the development API keys.
/// One per test class: the classes run in parallel and never share a database.
/// </summary>
public sealed class HallApiFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "dev-admin-key";
    public const string ClerkKey = "dev-clerk-key";
    public const string SecondClerkKey = "dev-clerk2-key";
    public const string ApplicantKey = "dev-applicant-key";
    /// <summary>Another system's key (role integration, every unit): the only non-administrator that starts bare instances.</summary>
    public const string IntegrationKey = "dev-integration-key";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"wh_web_{Guid.NewGuid():N}.db");

    // Checkpoint heads are per key folder: each host gets its own, as each hall has.
    private readonly string _keys = Path.Combine(Path.GetTempPath(), $"wh_web_keys_{Guid.NewGuid():N}");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _file }.ToString();

    /// <summary>Configuration to set besides the test defaults, e.g. <c>Hall:SeedDemo = false</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        // Scheduled work is not under test here (Scheduling/ runs real Quartz); it would only add writes racing the tests' own.
        builder.UseSetting("Scheduler:Enabled", "false");
        builder.UseSetting("Audit:CheckpointKeyPath", Path.Combine(_keys, "checkpoint-signing.pem"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that sends the given API key (none: unauthenticated).</summary>
    public HttpClient Client(string? apiKey)
    {
        var client = CreateClient();
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal", ".startup-lock" })
        {
            if (File.Exists(_file + suffix)) File.Delete(_file + suffix);
        }
        if (Directory.Exists(_keys)) Directory.Delete(_keys, recursive: true);
    }
}
