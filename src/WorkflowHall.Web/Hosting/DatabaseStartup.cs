using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Engine.Time;
using WorkflowHall.Web.Accounts;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Runs before the server takes requests: creates a missing PostgreSQL database, brings the schema up to date, registers the certificate
/// signing key, then loads the demo hall and gives its people their logins. Registered ahead of the other hosted services, which
/// therefore start on a ready database.
/// </summary>
internal sealed class DatabaseStartup(
    IDbContextFactory<HallDbContext> contexts,
    DemoHallSeed seed,
    DemoAccountSeed accounts,
    IServiceProvider services,
    Microsoft.Extensions.Options.IOptions<HallHostOptions> host,
    Data.Certificates.CertificateService certificates,
    HallDatabaseOptions database,
    WorkflowsFolder workflows,
    WorkingDayCalendar calendar,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Log.StartingWith(logger, workflows.Path ?? "(none)",
            calendar.LoadedYears.Count == 0 ? "none (weekends only)" : string.Join(", ", calendar.LoadedYears));

        await MissingDatabase.CreateIfMissingAsync(database, logger, cancellationToken); // before the lock, which connects to it
        await using var turn = await StartupLock.TakeAsync(database, cancellationToken); // nodes starting together take turns
        IReadOnlyList<string> applied;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await HallDatabase.MigrateAsync(db, cancellationToken);
            applied = [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)];
        }
        await AccountsConfiguration.MigrateAsync(services, cancellationToken);
        Log.DatabaseReady(logger, database.Provider.ToString(), applied.LastOrDefault() ?? "(none)", applied.Count);
        await certificates.EnsureSigningKeyAsync(cancellationToken);
        await seed.RunAsync(cancellationToken);
        if (host.Value.SeedDemo) await accounts.RunAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
