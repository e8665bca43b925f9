using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>A stretch the case clock stood still, as far as a step of the replay has got: <see cref="To"/> is null while it lasts.</summary>
public sealed record ReplayPause(DateTimeOffset From, DateTimeOffset? To, ClockPauseKind Kind, string Reason, string? StartedBy, string? EndedBy);
