using System.Collections.Immutable;
using System.Text.Json;

namespace WorkflowHall.Domain.Matters;

/// <summary>
/// A matter's service guide (办事指南), the elements of GB/T 39046 §5.3 and the national exchange
/// tables (DOMAIN.md §1). Stored as JSON with camelCase names; the fields the hall's rules use are typed.
/// </summary>
public sealed record ServiceGuide
{
    /// <summary>A short stable code for the matter in this hall (e.g. <c>qc-field-fire-permit</c>).</summary>
    public string? Code { get; init; }
    /// <summary>事项名称 (an..200).</summary>
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public string? Alias { get; init; }
    /// <summary>基本编码: 2-char matter type + 5-digit main item + 3-digit sub-item (an..10).</summary>
    public required string CatalogCode { get; init; }
    /// <summary>实施编码: the implementing body's USCC + 13 characters (stored up to 36).</summary>
    public required string ImplementationCode { get; init; }
    public string? HandlingItemCode { get; init; }
    /// <summary>事项类型 (GB/T 39046 A.1), e.g. "01" 行政许可.</summary>
    public required string MatterType { get; init; }
    public int Version { get; init; } = 1;
    public string? EffectiveFrom { get; init; }
    public string? SourceOfPower { get; init; }
    /// <summary>设定依据: each law or regulation with its article.</summary>
    public ImmutableArray<string> LegalBasis { get; init; } = [];
    /// <summary>行使层级 (A.2).</summary>
    public string? ExerciseLevel { get; init; }
    public string? AuthoritySplit { get; init; }
    public string? ExerciseContent { get; init; }
    public required ImplementingBody ImplementingBody { get; init; }
    public HandlingBody? EntrustingDepartment { get; init; }
    public ImmutableArray<HandlingBody> CoImplementers { get; init; } = [];
    /// <summary>承办机构: its name and code as the guide publishes them, and the unit of the organisation tree.</summary>
    public required HandlingBody HandlingUnit { get; init; }
    /// <summary>Where this matter's cases are handled, when it is not simply <see cref="HandlingUnit"/>'s unit.</summary>
    public CaseUnitRule? CaseUnits { get; init; }
    /// <summary>受理条件, one condition each.</summary>
    public ImmutableArray<string> AcceptanceConditions { get; init; } = [];
    public string? ProcessDescription { get; init; }
    public required GuideTimeLimit StatutoryLimit { get; init; }
    public required GuideTimeLimit PromisedLimit { get; init; }
    /// <summary>办件类型 (A.6): 1 即办件, 2 承诺件, 9 其他.</summary>
    public int CaseType { get; init; } = 2;
    public ImmutableArray<SpecialProcedureSpec> SpecialProcedures { get; init; } = [];
    public string? IntermediaryService { get; init; }
    public string? QuantityLimit { get; init; }
    public MatterResult? Result { get; init; }
    public FeeSchedule Fees { get; init; } = new();
    /// <summary>服务对象 (A.4) codes.</summary>
    public ImmutableArray<string> ServiceObjects { get; init; } = [];
    public ImmutableArray<string> Topics { get; init; } = [];
    /// <summary>办理形式 (A.5) codes.</summary>
    public ImmutableArray<string> Channels { get; init; } = [];
    public string? CrossRegionScope { get; init; }
    public string? Jurisdiction { get; init; }
    public bool Booking { get; init; }
    public bool OnlinePayment { get; init; }
    public bool Courier { get; init; }
    public bool Online { get; init; }
    public string? OnlineUrl { get; init; }
    /// <summary>到办事现场次数 (跑动次数): 0, 1 or 2.</summary>
    public int OnSiteVisits { get; init; }
    public string? Address { get; init; }
    public string? OfficeHours { get; init; }
    public string? EnquiryPhone { get; init; }
    public string? ComplaintPhone { get; init; }
    public ImmutableArray<FaqEntry> Faq { get; init; } = [];
    public ImmutableArray<MaterialSpec> Materials { get; init; } = [];
    /// <summary>The BPMN definition key the cases of this matter run on.</summary>
    public required string WorkflowKey { get; init; }
    /// <summary>Variables the workflow needs beyond the application (e.g. the expert panel of a countersign).</summary>
    public ImmutableDictionary<string, JsonElement>? WorkflowVariables { get; init; }

    public bool IsInstant => CaseType == 1;
}

public sealed record ImplementingBody(string Name, string Uscc)
{
    /// <summary>实施主体性质 (A.3): 1 法定机关, 2 授权组织, 3 受委托组织, 9 其他.</summary>
    public string? Nature { get; init; }
    public string? Unit { get; init; }
}

/// <summary>承办机构 / 共同实施部门: name and code as published, the organisation-tree unit when there is one.</summary>
public sealed record HandlingBody(string Name)
{
    public string? Uscc { get; init; }
    /// <summary>A unit code, or <see cref="CaseUnitRule.ApplicantTown"/> for "the applicant's town".</summary>
    public string? Unit { get; init; }
    public string? Role { get; init; }
}

/// <summary>
/// Where a matter's cases are handled: <see cref="Handling"/> is a unit code or
/// <see cref="ApplicantTown"/> (the town above the applicant's village — social assistance is applied
/// for there); <see cref="Parent"/> names the unit a step with the "parent" rule goes to, when that is
/// not the handling unit's parent in the tree (a town's case is confirmed by the county 民政局, not the county).
/// </summary>
public sealed record CaseUnitRule(string Handling)
{
    public const string ApplicantTown = "applicant-town";

    public string? Parent { get; init; }
}

/// <summary>法定/承诺办结时限: amount, unit (workingDays by law), note.</summary>
public sealed record GuideTimeLimit(int Amount, string Unit = "workingDays")
{
    public string? Note { get; init; }
}

/// <summary>特别程序: hearing, inspection, expert review … and whether its time counts in the limit.</summary>
public sealed record SpecialProcedureSpec(string Kind, string Name)
{
    public string? TimeNeeded { get; init; }
    public string? LegalBasis { get; init; }
    public bool CountedInLimit { get; init; }
}

public sealed record MatterResult(string Name)
{
    public string? Type { get; init; }
    /// <summary>电子证照类型代码 (21 chars) when the result is a certificate.</summary>
    public string? CertificateTypeCode { get; init; }
    public int? ValidYears { get; init; }
    /// <summary>结果样本: the file name of a sample of the result.</summary>
    public string? Sample { get; init; }
}

public sealed record FeeSchedule
{
    public bool Charged { get; init; }
    public string? Basis { get; init; }
    public ImmutableArray<FeeItem> Items { get; init; } = [];
}

public sealed record FeeItem(string Name, string Standard)
{
    public string? Basis { get; init; }
    public bool Reducible { get; init; }
    public string? ReductionBasis { get; init; }
}

public sealed record FaqEntry(string Question, string Answer, int Order);

/// <summary>申请材料 (GB/T 39046 table 4 + the national material table).</summary>
public sealed record MaterialSpec(string Name)
{
    public string? Type { get; init; }
    public string? Form { get; init; }
    public int Originals { get; init; }
    public int Copies { get; init; }
    public string? PaperSpec { get; init; }
    public bool Mandatory { get; init; } = true;
    public string? Source { get; init; }
    public string? SourceNote { get; init; }
    public string? IssuedBy { get; init; }
    public string? TimeRequirement { get; init; }
    public string? BlankForm { get; init; }
    public string? Sample { get; init; }
    public string? Instructions { get; init; }
    public string? AcceptanceStandard { get; init; }
    public string? Basis { get; init; }
    /// <summary>When the government already issues this material as an electronic certificate, its type code: a held certificate satisfies it.</summary>
    public string? CertificateTypeCode { get; init; }
}
