using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Organisations;

/// <summary>A unit an administrator adds to the organisation tree.</summary>
public sealed record NewOrgUnit(string Code, string Name, OrgLevel Level, OrgUnitKind Kind, string? ParentCode)
{
    public string? NameEn { get; init; }
    /// <summary>GB/T 2260 6-digit code of the area the unit serves.</summary>
    public string? RegionCode { get; init; }
    /// <summary>统一社会信用代码; every unit but a village committee has one.</summary>
    public string? Uscc { get; init; }
}
