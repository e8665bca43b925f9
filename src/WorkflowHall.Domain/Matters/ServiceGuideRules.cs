using System.Text.RegularExpressions;
using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Domain.Matters;

/// <summary>
/// What a guide must satisfy before a matter version is published: the GB/T 39046 field limits,
/// promised within statutory, a legal basis, and no catch-all conditions ("法律法规规定的其他条件" is
/// forbidden by the local guide-writing rules, DOMAIN.md §1).
/// </summary>
public static partial class ServiceGuideRules
{
    private static readonly string[] CatchAllPhrases = ["法律法规规定的其他条件", "其他条件", "其他材料", "相关部门要求的其他材料"];

    public static IReadOnlyList<GuideProblem> Validate(ServiceGuide guide)
    {
        var problems = new List<GuideProblem>();
        void Add(string field, string zh, string en) => problems.Add(new GuideProblem(field, zh, en));

        if (string.IsNullOrWhiteSpace(guide.Name) || guide.Name.Length > 200)
            Add("name", "事项名称必填，最多 200 字", "The matter name is required, at most 200 characters");
        if (!CatalogCode().IsMatch(guide.CatalogCode ?? ""))
            Add("catalogCode", $"基本编码 \"{guide.CatalogCode}\" 应为 2 位事项类型 + 5 位主项 + 3 位子项，共 10 位", $"Catalog code \"{guide.CatalogCode}\" must be 2 type characters + 5-digit main item + 3-digit sub-item (10 in all)");
        if (string.IsNullOrWhiteSpace(guide.ImplementationCode) || guide.ImplementationCode.Length > 36)
            Add("implementationCode", "实施编码必填，最多 36 位", "The implementation code is required, at most 36 characters");
        if (UnifiedSocialCreditCode.Parse(guide.ImplementingBody?.Uscc) is { IsValid: false, Error: { } uscc })
            Add("implementingBody.uscc", $"实施主体代码有误：{uscc.MessageZh}", $"The implementing body's code is wrong: {uscc.MessageEn}");
        else if (!guide.ImplementationCode.StartsWith(guide.ImplementingBody!.Uscc, StringComparison.Ordinal))
            Add("implementationCode", "实施编码应以实施主体的统一社会信用代码开头", "The implementation code must begin with the implementing body's unified social credit code");
        if (guide.LegalBasis.IsDefaultOrEmpty || guide.LegalBasis.All(string.IsNullOrWhiteSpace))
            Add("legalBasis", "须写明设定依据", "The legal basis must be given");
        if (guide.StatutoryLimit.Amount < 0 || guide.PromisedLimit.Amount < 0)
            Add("statutoryLimit", "时限不能为负数", "Time limits cannot be negative");
        if (guide.PromisedLimit.Amount > guide.StatutoryLimit.Amount && guide.PromisedLimit.Unit == guide.StatutoryLimit.Unit)
            Add("promisedLimit", $"承诺时限 {guide.PromisedLimit.Amount} 天超过法定时限 {guide.StatutoryLimit.Amount} 天", $"The promised limit ({guide.PromisedLimit.Amount} days) exceeds the statutory limit ({guide.StatutoryLimit.Amount} days)");
        if (guide.CaseType is not (1 or 2 or 9))
            Add("caseType", "办件类型应为 1 即办件、2 承诺件或 9 其他", "The case type must be 1 (on the spot), 2 (promised) or 9 (other)");
        if (guide.OnSiteVisits is < 0 or > 2)
            Add("onSiteVisits", "到现场次数应为 0、1 或 2", "On-site visits must be 0, 1 or 2");
        if (!guide.AcceptanceConditions.IsDefault && guide.AcceptanceConditions.Any(c => CatchAllPhrases.Any(c.Contains)))
            Add("acceptanceConditions", "受理条件不得使用“法律法规规定的其他条件”之类的兜底表述", "Acceptance conditions may not use catch-all wording such as “other conditions set by laws and regulations”");
        if (guide.Result?.CertificateTypeCode is { } type && type.Length != 21)
            Add("result.certificateTypeCode", $"证照类型代码应为 21 位，\"{type}\" 是 {type.Length} 位", $"A certificate type code has 21 characters; \"{type}\" has {type.Length}");
        if (guide.Materials.IsDefaultOrEmpty && !guide.IsInstant)
            Add("materials", "承诺件须列明申请材料", "A promised-time matter must list its materials");
        foreach (var (material, index) in (guide.Materials.IsDefault ? [] : guide.Materials).Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(material.Name) || material.Name.Length > 200)
                Add($"materials[{index}].name", "材料名称必填，最多 200 字", "A material needs a name of at most 200 characters");
            if (CatchAllPhrases.Any(material.Name.Contains))
                Add($"materials[{index}].name", $"材料“{material.Name}”是兜底表述，应具体列明", $"Material “{material.Name}” is a catch-all; name the material");
            if (material.Originals is < 0 or > 99 || material.Copies is < 0 or > 99)
                Add($"materials[{index}]", "原件、复印件份数应在 0–99 之间", "Originals and copies must be between 0 and 99");
        }
        if ((guide.CaseUnits?.Handling ?? guide.HandlingUnit?.Unit) is null)
            Add("handlingUnit.unit", "须指明承办机构在组织机构中的单位", "The handling unit must name its unit in the organisation tree");
        if (string.IsNullOrWhiteSpace(guide.WorkflowKey))
            Add("workflowKey", "须绑定办理流程", "The matter must name its workflow");
        return problems;
    }

    [GeneratedRegex("^[0-9A-Z]{2}[0-9]{5}[0-9]{3}$")]
    private static partial Regex CatalogCode();
}
