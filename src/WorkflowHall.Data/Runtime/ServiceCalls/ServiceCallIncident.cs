namespace WorkflowHall.Data.Runtime.ServiceCalls;

/// <summary>
/// A service call that ran out of attempts (故障): which case or instance waits on it, at which step, for which
/// handler, how often it failed and with what error, since when.
/// </summary>
/// <param name="CaseNumber">The case's number when the instance is a case's; null for a bare instance.</param>
/// <param name="StepName">The step's name in the instance's version, or its id when it has no name.</param>
public sealed record ServiceCallIncident(
    string InstanceId,
    string CallId,
    string? CaseNumber,
    string NodeId,
    string StepName,
    string Handler,
    int Attempts,
    string? LastError,
    DateTimeOffset IncidentAt);
