using System.Collections.Immutable;

namespace WorkflowHall.Data.Seeding;

/// <summary>The actions that take a case of one matter to one status, with the detours asked for; the same for every case of that kind.</summary>
public sealed record CasePath(ImmutableArray<CasePathStep> Steps);
