using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowHall.Browser.Tests.Infrastructure;

/// <summary>
/// The whole hall on Kestrel at a free loopback port, on a database of its own — a SQLite file, or a
/// PostgreSQL database (<see cref="Provider"/>) — and its own material folder (all removed on dispose), with
/// the demo hall and its accounts seeded. One per test (a field of the test class), so tests running side by side never meet.
/// </summary>
public class HallServer : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Hall@2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"wh_browser_{Guid.NewGuid():N}");
    private TestDatabase? _database;
    private string _provider = TestDatabase.Sqlite;
    private bool _configured;

    public HallServer()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>
    /// <see cref="TestDatabase.Sqlite"/> (the default) or <see cref="TestDatabase.Postgres"/>, set before the server
    /// starts: a test that runs on both takes it from <c>[MemberData(nameof(TestDatabase.Providers), …)]</c>.
    /// </summary>
    public string Provider
    {
        get => _provider;
        set => _provider = _configured ? throw new InvalidOperationException("Choose the provider before the server starts.") : value;
    }

    public string ConnectionString => Database().ConnectionString;

    /// <summary>Configuration to set besides the test defaults (before the server starts).</summary>
    public Dictionary<string, string> Settings { get; } = new();

    /// <summary>The address the browser opens, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    public string BaseUrl
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    public string Url(string path) => BaseUrl.TrimEnd('/') + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _configured = true;
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database().HallProvider.ToString());
        builder.UseSetting("Database:ConnectionString", Database().ConnectionString);
        builder.UseSetting("Materials:Root", Path.Combine(_folder, "materials"));
        builder.UseSetting("Certificates:KeyPath", Path.Combine(_folder, "keys", "certificate-signing.pem"));
        builder.UseSetting("Audit:CheckpointKeyPath", Path.Combine(_folder, "keys", "checkpoint-signing.pem"));
        builder.UseSetting("Scheduler:Enabled", "false");
        builder.UseSetting("Accounts:DemoPassword", DemoPassword);
        // The tests sign in many times from one address; the limit itself has its own test.
        builder.UseSetting("Accounts:LoginAttemptsPerMinute", "10000");
        builder.UseSetting("Accounts:TrackingLookupsPerMinute", "10000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>Made when the server first needs it (the host is configured synchronously); off the test's context, so nothing waits on itself.</summary>
    private TestDatabase Database() =>
        _database ??= Task.Run(() => TestDatabase.CreateAsync(Provider)).GetAwaiter().GetResult();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* a file still open on a slow shutdown; the temp folder is cleaned by the OS */ }
    }
}
