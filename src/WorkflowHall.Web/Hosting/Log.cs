namespace WorkflowHall.Web.Hosting;

/// <summary>What start-up tells an operator (event ids 1000–1099); the ranges of the others are listed on <c>Scheduling.Log</c>.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "StartingWith", Level = LogLevel.Information,
        Message = "Workflows folder: {Workflows}; calendar years: {Years}")]
    public static partial void StartingWith(ILogger logger, string workflows, string years);

    [LoggerMessage(EventId = 1002, EventName = "DatabaseCreated", Level = LogLevel.Information,
        Message = "Created database {Database} on {Host}")]
    public static partial void DatabaseCreated(ILogger logger, string? database, string? host);

    [LoggerMessage(EventId = 1003, EventName = "DatabaseReady", Level = LogLevel.Information,
        Message = "Database ready ({Provider}): schema at {Migration}, {Count} migrations applied in all")]
    public static partial void DatabaseReady(ILogger logger, string provider, string migration, int count);

    [LoggerMessage(EventId = 1004, EventName = "DemoSeedingOff", Level = LogLevel.Information,
        Message = "Demo hall seeding is off ({Setting} = false)")]
    public static partial void DemoSeedingOff(ILogger logger, string setting);

    [LoggerMessage(EventId = 1005, EventName = "DemoHallMissing", Level = LogLevel.Warning,
        Message = "The demo hall was not found ({Path}); nothing seeded")]
    public static partial void DemoHallMissing(ILogger logger, string path);

    [LoggerMessage(EventId = 1006, EventName = "DemoHallSeeded", Level = LogLevel.Information,
        Message = "Demo hall from {Path}: {Report}")]
    public static partial void DemoHallSeeded(ILogger logger, string path, string report);
}
