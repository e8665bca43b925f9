namespace WorkflowHall.Web.Admin;

/// <summary>Settings an administrator changed, as each node picks them up (event ids 1030–1039; ranges on <c>Scheduling.Log</c>).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1030, EventName = "CalendarReloaded", Level = LogLevel.Information,
        Message = "Calendar years reloaded: {Years}")]
    public static partial void CalendarReloaded(ILogger logger, string years);

    [LoggerMessage(EventId = 1031, EventName = "SupervisionSettingsReloaded", Level = LogLevel.Information,
        Message = "Supervision settings reloaded: {Settings}")]
    public static partial void SupervisionSettingsReloaded(ILogger logger, string settings);

    [LoggerMessage(EventId = 1032, EventName = "SettingsRefreshFailed", Level = LogLevel.Warning,
        Message = "Could not refresh the calendar and supervision settings")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);
}
