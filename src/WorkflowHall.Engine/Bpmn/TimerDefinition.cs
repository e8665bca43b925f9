namespace WorkflowHall.Engine.Bpmn;

public enum TimerKind
{
    /// <summary><c>timeDuration</c>: an ISO 8601 duration such as <c>PT2H</c> or <c>P3D</c>.</summary>
    Duration,
    /// <summary><c>timeDate</c>: an ISO 8601 date-time.</summary>
    Date,
    /// <summary><c>timeCycle</c>: an ISO 8601 repeating interval such as <c>R3/PT1H</c>.</summary>
    Cycle,
}

public sealed record TimerDefinition(TimerKind Kind, string Expression);
