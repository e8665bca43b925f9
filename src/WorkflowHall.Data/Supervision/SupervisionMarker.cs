namespace WorkflowHall.Data.Supervision;

/// <summary>
/// Moves a row's <c>SuperviseAt</c> on, in the transaction that appends what was found, but only if the
/// row is still as the sweep read it (compare-and-set); a row the engine rewrote meanwhile keeps its new
/// value and is looked at again.
/// </summary>
internal abstract record SupervisionMarker(string Id, DateTime ReadSuperviseAt, DateTime? Next);

internal sealed record WorkItemMarker(string Id, DateTime ReadSuperviseAt, DateTime ReadDueAt, DateTime? Next) : SupervisionMarker(Id, ReadSuperviseAt, Next);

internal sealed record CaseMarker(string Id, DateTime ReadSuperviseAt, int ReadRevision, DateTime? Next) : SupervisionMarker(Id, ReadSuperviseAt, Next);
