using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WorkflowHall.Web.Tests.Infrastructure;

/// <summary>
/// One web node of the hall in memory, on a database the test owns (SQLite file or PostgreSQL, see
/// <see cref="TestDatabase"/>): several nodes on one database are what a load balancer puts in front of.
/// The node keeps what it logs (at the configured levels), so a test can read the log an operator would read.
/// Disposing a node leaves the database alone.
/// </summary>
public sealed class HallNode(TestDatabase database) : WebApplicationFactory<Program>
{
    private readonly ConcurrentQueue<string> _log = new();

    /// <summary>Configuration to set besides the test defaults, e.g. <c>Accounts:LoginAttemptsPerMinute = 3</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Every line the node logged so far: category, message and the exception if any.</summary>
    public IReadOnlyCollection<string> LogLines => _log;

    public TestDatabase Database => database;

    /// <summary>Starts the host (migrations, demo hall and demo accounts) unless already started.</summary>
    public HallNode Start()
    {
        _ = Server;
        return this;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (the tests look at them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.HallProvider.ToString());
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Scheduler:Enabled", "false");
        // The checkpoint key folder records the newest checkpoint of each log: it belongs with the database, shared by
        // the nodes on it (as storage every node sees) and by no other test's database.
        builder.UseSetting("Audit:CheckpointKeyPath", Path.Combine(KeyFolder(database), "checkpoint-signing.pem"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        // At the levels the configuration sets, as an operator's log would have them.
        builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(new KeptLog(_log))));
    }

    private static string KeyFolder(TestDatabase database) =>
        Path.Combine(Path.GetTempPath(), "wh_node_keys_" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(database.ConnectionString)))[..16]);

    private sealed class KeptLog(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
