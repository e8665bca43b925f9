namespace WorkflowHall.Web.Admin.Matters;

/// <summary>The GB/T 39046 Annex A codes the editor offers, in Chinese (the page's localizer gives the English).</summary>
public static class GuideChoices
{
    public static IReadOnlyList<KeyValuePair<string, string>> MatterTypes { get; } =
    [
        new("00", "行政权力事项"), new("01", "行政许可"), new("02", "行政处罚"), new("03", "行政强制"), new("04", "行政征收"), new("05", "行政给付"),
        new("06", "行政检查"), new("07", "行政确认"), new("08", "行政奖励"), new("09", "行政裁决"), new("10", "其他行政权力"), new("20", "公共服务"),
    ];

    public static IReadOnlyList<KeyValuePair<int, string>> CaseTypes { get; } = [new(1, "即办件"), new(2, "承诺件"), new(9, "其他")];

    public static IReadOnlyList<KeyValuePair<string, string>> Channels { get; } =
    [
        new("1", "窗口办理"), new("2", "电脑端网办"), new("3", "移动端办理"), new("4", "快递办理"), new("9", "其他"),
    ];

    public static IReadOnlyList<string> MaterialForms { get; } = ["原件", "复印件", "原件和复印件", "电子"];
}
