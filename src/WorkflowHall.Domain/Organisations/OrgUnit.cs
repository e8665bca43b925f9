namespace WorkflowHall.Domain.Organisations;

/// <summary>The five administrative levels a unit sits at (GB/T 39046 A.2 行使层级, without 国家).</summary>
public enum OrgLevel
{
    Province,
    City,
    County,
    Town,
    Village,
}

public enum OrgUnitKind
{
    /// <summary>A level of government (省, 市, 县, 乡镇/街道, 村/社区).</summary>
    Region,
    /// <summary>A department of a region (县林业局, 县残联 …).</summary>
    Department,
    /// <summary>A service hall or village service point (政务服务中心, 便民服务点) where windows and agents sit.</summary>
    ServicePoint,
}

/// <summary>One node of the organisation tree.</summary>
public sealed record OrgUnit(string Code, string Name, OrgLevel Level, OrgUnitKind Kind, string? ParentCode)
{
    public string? NameEn { get; init; }
    /// <summary>GB/T 2260 region code of the area the unit serves.</summary>
    public string? RegionCode { get; init; }
    /// <summary>Unified social credit code, for departments that act as implementing bodies.</summary>
    public string? Uscc { get; init; }
}
