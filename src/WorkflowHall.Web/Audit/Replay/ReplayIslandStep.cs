namespace WorkflowHall.Web.Audit.Replay;

/// <summary>One step for the island: the version's diagram to show and the element ids marked current, visited and open.</summary>
public sealed record ReplayIslandStep(int Version, IReadOnlyList<string> Current, IReadOnlyList<string> Visited, IReadOnlyList<string> Open, bool Trouble);
