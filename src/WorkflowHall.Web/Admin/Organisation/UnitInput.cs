using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>What the add-unit form posts.</summary>
public sealed class UnitInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public OrgLevel Level { get; set; } = OrgLevel.County;
    public OrgUnitKind Kind { get; set; } = OrgUnitKind.Department;
    public string? ParentCode { get; set; }
    public string? RegionCode { get; set; }
    public string? Uscc { get; set; }

    public Data.Organisations.NewOrgUnit ToUnit() => new(Code ?? "", Name ?? "", Level, Kind, ParentCode) { NameEn = NameEn, RegionCode = RegionCode, Uscc = Uscc };
}
