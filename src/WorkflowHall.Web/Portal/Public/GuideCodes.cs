namespace WorkflowHall.Web.Portal.Public;

/// <summary>
/// The GB/T 39046 Annex A codes a guide carries, in the words a visitor reads (Chinese; the page's
/// localizer gives the English). An unknown code is shown as itself.
/// </summary>
public static class GuideCodes
{
    /// <summary>A.2 行使层级 of a single level, in the order the catalog's level filter offers them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Levels { get; } =
    [
        new("1", "国家"), new("2", "省"), new("3", "市"), new("4", "县"), new("5", "乡镇/街道"), new("6", "村/社区"),
    ];

    /// <summary>A.2 行使层级, including 7 分级管理 (exercised at several levels).</summary>
    public static string Level(string? code) => code?.Trim() == "7" ? "分级管理" : Word(Levels, code);

    /// <summary>The level as a label on a matter: 县级, 乡镇/街道级 …, and 分级管理 as it is.</summary>
    public static string LevelLabel(string? code) => code?.Trim() == "7" ? "分级管理" : Level(code) + "级";

    /// <summary>A.1 事项类型.</summary>
    public static string MatterType(string? code) => Word(MatterTypes, code);

    /// <summary>A.3 实施主体性质.</summary>
    public static string BodyNature(string? code) => Word(BodyNatures, code);

    /// <summary>A.4 服务对象.</summary>
    public static string ServiceObject(string? code) => Word(ServiceObjects, code);

    /// <summary>A.5 办理形式.</summary>
    public static string Channel(string? code) => Word(Channels, code);

    /// <summary>A.6 办件类型.</summary>
    public static string CaseType(int code) => code switch
    {
        1 => "即办件",
        2 => "承诺件",
        _ => "其他",
    };

    private static readonly KeyValuePair<string, string>[] MatterTypes =
    [
        new("00", "行政权力事项"), new("01", "行政许可"), new("02", "行政处罚"), new("03", "行政强制"), new("04", "行政征收"), new("05", "行政给付"),
        new("06", "行政检查"), new("07", "行政确认"), new("08", "行政奖励"), new("09", "行政裁决"), new("10", "其他行政权力"), new("20", "公共服务"),
    ];

    private static readonly KeyValuePair<string, string>[] BodyNatures =
    [
        new("1", "法定机关"), new("2", "授权组织"), new("3", "受委托组织"), new("9", "其他"),
    ];

    private static readonly KeyValuePair<string, string>[] ServiceObjects =
    [
        new("1", "自然人"), new("2", "企业法人"), new("3", "事业法人"), new("4", "社会组织法人"), new("5", "行政机关"), new("6", "其他组织"),
    ];

    private static readonly KeyValuePair<string, string>[] Channels =
    [
        new("1", "窗口办理"), new("2", "电脑端网办"), new("3", "移动端办理"), new("4", "快递办理"), new("9", "其他"),
    ];

    private static string Word(IEnumerable<KeyValuePair<string, string>> words, string? code) =>
        code is null ? "" : words.FirstOrDefault(w => w.Key == code.Trim()).Value ?? code;
}
