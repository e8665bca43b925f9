using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Data.Seeding;

/// <summary>A published matter as cases are applied for it now: its guide and version, and the workflow version new cases start on.</summary>
public sealed record SeedMatter(ServiceGuide Guide, int Version, PublishedDefinition Workflow);
