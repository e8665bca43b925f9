namespace WorkflowHall.Data.Runtime.ServiceCalls;

/// <summary>What an administrator's "retry now" on an incident came to.</summary>
public enum ServiceCallRetryResult
{
    /// <summary>There is no such incident: never was, already retried, or the call completed.</summary>
    NoIncident,

    /// <summary>The handler succeeded and the step moved on.</summary>
    Completed,

    /// <summary>The handler failed again; the call is back on its retry schedule from the first wait.</summary>
    FailedAgain,
}
