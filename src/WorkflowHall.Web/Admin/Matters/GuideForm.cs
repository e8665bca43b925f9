using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Web.Admin.Matters;

/// <summary>
/// What the guide editor posts: the main fields of a guide. Applied over the guide the form was read from,
/// so fields the editor does not show (FAQ, special procedures, result …) are kept as they were.
/// </summary>
public sealed class GuideForm
{
    public const string Save = "save";
    public const string Publish = "publish";
    public const string AddMaterial = "add-material";
    public const string RemoveMaterialPrefix = "remove-material:";

    /// <summary>The matter's revision when the form was read: a save on an older one is refused.</summary>
    public int Revision { get; set; }
    public string? Command { get; set; }
    public string? Note { get; set; }

    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Alias { get; set; }
    public string? CatalogCode { get; set; }
    public string? MatterType { get; set; }
    /// <summary>One law or regulation with its article per line.</summary>
    public string? LegalBasis { get; set; }
    /// <summary>One condition per line.</summary>
    public string? AcceptanceConditions { get; set; }
    public int StatutoryAmount { get; set; }
    public string? StatutoryNote { get; set; }
    public int PromisedAmount { get; set; }
    public string? PromisedNote { get; set; }
    public int CaseType { get; set; }
    public bool FeesCharged { get; set; }
    public string? FeesBasis { get; set; }
    public int OnSiteVisits { get; set; }
    public bool Online { get; set; }
    public string? OnlineUrl { get; set; }
    public string? Address { get; set; }
    public string? OfficeHours { get; set; }
    public string? EnquiryPhone { get; set; }
    public string? ComplaintPhone { get; set; }
    public string? WorkflowKey { get; set; }
    public string? HandlingUnitName { get; set; }
    public string? HandlingUnit { get; set; }
    public List<GuideMaterialForm> Materials { get; set; } = [];

    public static GuideForm From(ServiceGuide guide, int revision) => new()
    {
        Revision = revision,
        Name = guide.Name, NameEn = guide.NameEn, Alias = guide.Alias, CatalogCode = guide.CatalogCode, MatterType = guide.MatterType,
        LegalBasis = Lines(guide.LegalBasis), AcceptanceConditions = Lines(guide.AcceptanceConditions),
        StatutoryAmount = guide.StatutoryLimit.Amount, StatutoryNote = guide.StatutoryLimit.Note,
        PromisedAmount = guide.PromisedLimit.Amount, PromisedNote = guide.PromisedLimit.Note,
        CaseType = guide.CaseType, FeesCharged = guide.Fees.Charged, FeesBasis = guide.Fees.Basis, OnSiteVisits = guide.OnSiteVisits,
        Online = guide.Online, OnlineUrl = guide.OnlineUrl,
        Address = guide.Address, OfficeHours = guide.OfficeHours, EnquiryPhone = guide.EnquiryPhone, ComplaintPhone = guide.ComplaintPhone,
        WorkflowKey = guide.WorkflowKey, HandlingUnitName = guide.HandlingUnit.Name, HandlingUnit = HandlingUnitOf(guide),
        Materials = [.. guide.Materials.Select(GuideMaterialForm.From)],
    };

    /// <summary>The unit the editor's select shows: the case rule's unit, or the handling body's.</summary>
    public static string? HandlingUnitOf(ServiceGuide guide) =>
        guide.CaseUnits?.Handling is { } handling && handling != CaseUnitRule.ApplicantTown ? handling : guide.HandlingUnit.Unit;

    /// <summary>The guide the form describes: <paramref name="read"/> with the posted fields, channels as ticked.</summary>
    public ServiceGuide ApplyTo(ServiceGuide read, IReadOnlyList<string> channels)
    {
        var unit = Blank(HandlingUnit);
        return read with
        {
            Name = Name?.Trim() ?? "",
            NameEn = Blank(NameEn),
            Alias = Blank(Alias),
            CatalogCode = (CatalogCode ?? "").Trim().ToUpperInvariant(),
            MatterType = Blank(MatterType) ?? read.MatterType,
            LegalBasis = SplitLines(LegalBasis),
            AcceptanceConditions = SplitLines(AcceptanceConditions),
            StatutoryLimit = read.StatutoryLimit with { Amount = StatutoryAmount, Note = Blank(StatutoryNote) },
            PromisedLimit = read.PromisedLimit with { Amount = PromisedAmount, Note = Blank(PromisedNote) },
            CaseType = CaseType,
            Fees = read.Fees with { Charged = FeesCharged, Basis = Blank(FeesBasis) },
            OnSiteVisits = OnSiteVisits,
            Channels = [.. channels],
            Online = Online,
            OnlineUrl = Blank(OnlineUrl),
            Address = Blank(Address),
            OfficeHours = Blank(OfficeHours),
            EnquiryPhone = Blank(EnquiryPhone),
            ComplaintPhone = Blank(ComplaintPhone),
            WorkflowKey = WorkflowKey?.Trim() ?? "",
            HandlingUnit = read.HandlingUnit with { Name = Blank(HandlingUnitName) ?? read.HandlingUnit.Name, Unit = unit },
            CaseUnits = read.CaseUnits is { } rule && rule.Handling != CaseUnitRule.ApplicantTown && unit is not null ? rule with { Handling = unit } : read.CaseUnits,
            Materials = [.. Materials.Select(m => m.ApplyTo(read.Materials))],
        };
    }

    /// <summary>The index of the row a "remove" button names, or null.</summary>
    public int? RemovedMaterial => Command is { } command && command.StartsWith(RemoveMaterialPrefix, StringComparison.Ordinal)
        && int.TryParse(command.AsSpan(RemoveMaterialPrefix.Length), out var index) ? index : null;

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);

    private static System.Collections.Immutable.ImmutableArray<string> SplitLines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}
