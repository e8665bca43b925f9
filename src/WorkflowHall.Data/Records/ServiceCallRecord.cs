namespace WorkflowHall.Data.Records;

/// <summary>
/// A service task waiting for its handler (an outbox row: written with the step, run after commit).
/// A failed call keeps its schedule here — <see cref="NextAttemptAt"/> — because retries span sweeps,
/// nodes and restarts. After the last allowed attempt the same row becomes the incident (故障):
/// <see cref="IncidentAt"/> set, no longer picked by the sweep. An incident is this row rather than a row
/// of its own so that there is nothing to keep in step: the handler, the variables, the attempts and the
/// last error are already here, "retry now" resets three columns, and when the call finally completes
/// the engine's step deletes the row and the incident with it.
/// </summary>
public sealed class ServiceCallRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string EngineId { get; set; }
    public required string NodeId { get; set; }
    public required string Handler { get; set; }
    public required string VariablesJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>The sweep runs the call only from this time on (UTC); a new call is due at once.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>When the call ran out of attempts and became an incident (UTC); null while it is still being retried.</summary>
    public DateTime? IncidentAt { get; set; }
}
