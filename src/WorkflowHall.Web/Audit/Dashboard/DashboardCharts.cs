using System.Text.Json;
using Microsoft.Extensions.Localization;
using WorkflowHall.Domain.Ratings;

namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>
/// The charts of a <see cref="DashboardView"/> as the JSON the page embeds (<c>&lt;script type="application/json"
/// id="dashboard-data"&gt;</c>, which the CSP allows because it is never run). The default encoder escapes
/// &lt; &gt; &amp; and quotes, so nothing in a name can end the element.
/// </summary>
public static class DashboardCharts
{
    public const string DataElementId = "dashboard-data";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Bootstrap's colours, as the rest of the hall uses them.
    private const string Blue = "#0d6efd", Orange = "#fd7e14", Red = "#dc3545", Green = "#198754", Yellow = "#ffc107", Grey = "#6c757d",
        LightGrey = "#adb5bd", Purple = "#6f42c1";

    public static IReadOnlyList<ChartSpec> Of(DashboardView view, IStringLocalizer L, Func<string, string?, string> name)
    {
        static double? Percent(double? rate) => rate is { } r ? Math.Round(r * 100, 1) : null;
        string Named<T>(DashboardRow<T> row) => name(row.Name, row.NameEn);

        ChartSpec OnTime(string id, IReadOnlyList<DashboardRow<Data.Supervision.OnTimeFigure>> rows) =>
            new(id, "bar", [.. rows.Select(Named)], [new(L["按时办结率"], [.. rows.Select(r => Percent(r.Figures.Rate))])]) { Horizontal = true, Suffix = "%", Max = 100 };
        ChartSpec Overdue(string id, IReadOnlyList<DashboardRow<Data.Supervision.OverdueFigure>> rows) =>
            new(id, "bar", [.. rows.Select(Named)],
            [
                new(L["超时环节"], [.. rows.Select(r => (double?)r.Figures.OverdueSteps)]),
                new(L["超期办件"], [.. rows.Select(r => (double?)r.Figures.OverdueCases)]),
            ]) { Horizontal = true, Colors = [Orange, Red] };

        var limits = view.TimeLimits;
        return
        [
            OnTime("on-time-unit", view.OnTimeByUnit),
            OnTime("on-time-matter", view.OnTimeByMatter),
            Overdue("overdue-unit", view.OverdueByUnit),
            Overdue("overdue-matter", view.OverdueByMatter),
            new("time-limits", "bar", [.. limits.Select(Named)],
            [
                new(L["平均用时（工作日）"], [.. limits.Select(r => r.Figures.Used is { } u ? Math.Round(u.AverageWorkingDays, 1) : (double?)null)]),
                new(L["承诺时限（工作日）"], [.. limits.Select(r => (double?)r.Figures.Promised)]),
                new(L["法定时限（工作日）"], [.. limits.Select(r => (double?)r.Figures.Statutory)]),
            ]) { Horizontal = true, Colors = [Blue, Orange, Grey] },
            new("channels", "pie", [.. view.Channels.Select(c => L[ChannelName(c.Channel)].Value)], [new(L["申请件数"], [.. view.Channels.Select(c => (double?)c.Cases)])]),
            new("online-unit", "bar", [.. view.OnlineByUnit.Select(Named)], [new(L["网办率"], [.. view.OnlineByUnit.Select(r => Percent(r.Figures.Rate))])])
                { Horizontal = true, Suffix = "%", Max = 100 },
            new("ratings", "bar", [.. view.Ratings.Select(r => name(r.Name, r.NameEn))],
                [new(L["满意率"], [.. view.Ratings.Select(r => Percent(r.Figures.SatisfactionRate))])]) { Horizontal = true, Suffix = "%", Max = 100 },
            new("rectifications", "bar", [.. view.Rectifications.Select(Named)],
                [.. Enum.GetValues<RectificationStatus>().Select(s => new ChartSeries(L[s.Chinese()], [.. view.Rectifications.Select(r => (double?)r.Figures.Count(s))]))])
                { Horizontal = true, Stacked = true, Colors = [Blue, Purple, Orange, Green, Grey, LightGrey] },
            new("stuck", "bar", [.. view.Stuck.Select(s => s.Step)],
            [
                new(L["≤1 个工作日"], [.. view.Stuck.Select(s => (double?)s.UpToOneDay)]),
                new(L["2–5 个工作日"], [.. view.Stuck.Select(s => (double?)s.TwoToFiveDays)]),
                new(L["6–10 个工作日"], [.. view.Stuck.Select(s => (double?)s.SixToTenDays)]),
                new(L["超过 10 个工作日"], [.. view.Stuck.Select(s => (double?)s.OverTenDays)]),
            ]) { Horizontal = true, Stacked = true, Colors = [Green, Yellow, Orange, Red] },
        ];
    }

    public static string Serialize(IReadOnlyList<ChartSpec> charts) => JsonSerializer.Serialize(new { charts }, Json);

    /// <summary>办理形式 (GB/T 39046 A.5).</summary>
    public static string ChannelName(string code) => code switch
    {
        "1" => "窗口办理",
        "2" => "电脑端网办",
        "3" => "移动端",
        "4" => "快递",
        _ => "其他",
    };
}
