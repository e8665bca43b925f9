using System.Text.RegularExpressions;

namespace WorkflowHall.Web.Components.Admin.Matters;

/// <summary>The label of a guide field as the editor shows it, for the list of problems above the form.</summary>
internal static partial class GuideFieldNames
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["name"] = "事项名称", ["catalogCode"] = "基本编码", ["implementationCode"] = "实施编码", ["implementingBody.uscc"] = "实施主体代码",
        ["legalBasis"] = "设定依据", ["statutoryLimit"] = "法定办结时限", ["promisedLimit"] = "承诺办结时限", ["caseType"] = "办件类型",
        ["onSiteVisits"] = "到现场次数", ["acceptanceConditions"] = "受理条件", ["result.certificateTypeCode"] = "结果证照类型代码",
        ["materials"] = "申请材料", ["handlingUnit"] = "办理单位", ["handlingUnit.unit"] = "办理单位", ["caseUnits.parent"] = "上级单位",
        ["workflowKey"] = "办理流程",
    };

    /// <summary>The Chinese label (a localizer key), and the material's number for a material field.</summary>
    public static (string Label, int? Material) Of(string field)
    {
        if (MaterialField().Match(field) is { Success: true } match) return ("申请材料第 {0} 项", int.Parse(match.Groups[1].Value) + 1);
        return (Labels.GetValueOrDefault(field, field), null);
    }

    /// <summary>The row index of a material field such as <c>materials[2].name</c>.</summary>
    public static int? MaterialIndex(string field) => MaterialField().Match(field) is { Success: true } match ? int.Parse(match.Groups[1].Value) : null;

    [GeneratedRegex(@"^materials\[(\d+)\]")]
    private static partial Regex MaterialField();
}
