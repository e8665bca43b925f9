using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>A unit's page: the unit, the unit above and the units below, and who holds which post in it.</summary>
public sealed record UnitView(OrgUnitRecord Unit, OrgUnitRecord? Parent, IReadOnlyList<OrgUnitRecord> Children, IReadOnlyList<HeldPost> Holdings);
