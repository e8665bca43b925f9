namespace WorkflowHall.Web.Accounts;

/// <summary>What start-up says of logins (event ids 1020–1029; the hall's ranges are listed on <c>Scheduling.Log</c>).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1020, EventName = "DemoAccountsCreated", Level = LogLevel.Information,
        Message = "Demo accounts: {Created} created with the demo password")]
    public static partial void DemoAccountsCreated(ILogger logger, int created);

    [LoggerMessage(EventId = 1021, EventName = "DataProtectionKeyCreated", Level = LogLevel.Information,
        Message = "Data Protection: key {KeyId} created for every node, valid until {Expiration:yyyy-MM-dd}")]
    public static partial void DataProtectionKeyCreated(ILogger logger, Guid keyId, DateTimeOffset expiration);
}
