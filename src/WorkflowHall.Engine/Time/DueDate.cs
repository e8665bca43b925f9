namespace WorkflowHall.Engine.Time;

/// <summary>
/// When a time limit runs out (or its warning is due), at +08:00. <see cref="Provisional"/> means it
/// was counted through a year whose holiday calendar is not loaded, with weekends only, and must be
/// shown as "to be confirmed" and recomputed once that year is loaded.
/// </summary>
public sealed record DueDate(DateTimeOffset At, bool Provisional);
