namespace WorkflowHall.Web.Audit.Replay;

/// <summary>Where a trail check failed: a position in the chain (<see cref="ByPosition"/>) or the sequence of a divergent event.</summary>
public sealed record TrailVerificationPoint(long Sequence, bool ByPosition);
