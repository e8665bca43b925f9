using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Audit.Supervision;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Engine.Time;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Audit.Dashboard;

[Collection(SeededSupervisionCollection.Name)]
public sealed class DashboardTests(BrowserFixture browser, SeededSupervisionHall seeded)
{
    private static readonly TimeSpan China = HallTime.Offset;

    private static readonly string[] Charts =
        ["on-time-unit", "on-time-matter", "overdue-unit", "overdue-matter", "time-limits", "channels", "online-unit", "ratings", "rectifications", "stuck"];

    private HallServer Hall => seeded.Hall;

    [Fact]
    public async Task The_dashboard_draws_every_chart_and_its_tables_hold_what_the_database_counts()
    {
        var (from, to) = Period();
        var page = await browser.NewPageAsync(1400, 1000);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.SignInAsync(Hall, "feng.xue");
        await page.GotoAsync(Hall.Url($"/audit/dashboard?from={Day(from)}&to={Day(to)}"));

        foreach (var chart in Charts)
        {
            var container = page.Locator($"[data-testid=chart-{chart}]");
            await Expect(container).ToHaveAttributeAsync("data-rendered", "true");
            Assert.True(await container.Locator("svg").CountAsync() > 0, $"{chart} is drawn");
            Assert.True(await container.Locator("svg path, svg rect").CountAsync() > 0, $"{chart} has marks");
        }

        await using var db = await seeded.Contexts.CreateDbContextAsync();
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), China).UtcDateTime;
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), China).UtcDateTime;
        var cases = await db.Cases.AsNoTracking().ToListAsync();

        // 按时办结率 by unit and by matter.
        var decided = cases.Where(c => c.DecidedAt >= start && c.DecidedAt < end && c.PromisedDueAt != null).ToList();
        Assert.NotEmpty(decided);
        await AssertRowsAsync(page, "table-on-time-unit", decided.GroupBy(c => c.HandlingUnit)
            .ToDictionary(g => g.Key, g => new[] { g.Count(), g.Count(c => c.DecidedAt <= c.PromisedDueAt) }), "decided", "on-time");
        await AssertRowsAsync(page, "table-on-time-matter", decided.GroupBy(c => c.ImplementationCode)
            .ToDictionary(g => g.Key, g => new[] { g.Count(), g.Count(c => c.DecidedAt <= c.PromisedDueAt) }), "decided", "on-time");
        var rate = (double)decided.Count(c => c.DecidedAt <= c.PromisedDueAt) / decided.Count;
        Assert.Equal(rate.ToString("0.0%", CultureInfo.InvariantCulture), (await page.TextContentAsync("[data-testid=summary-on-time]"))?.Trim());

        // Overdue steps and cases by unit, each counted once, from the log's red records of the period.
        var red = await db.SupervisionLog.AsNoTracking().Where(r => r.Level == (int)SupervisionLevel.Breach && r.NoticedAt >= start && r.NoticedAt < end).ToListAsync();
        Assert.NotEmpty(red);
        var steps = red.Where(r => r.SubjectKind == "step").GroupBy(r => r.ResponsibleUnit ?? r.UnitCode!).ToDictionary(g => g.Key, g => g.Select(r => r.SubjectId).Distinct().Count());
        var overdueCases = red.Where(r => r.SubjectKind == "case" && r.RuleCode != "refusal-without-reasons").GroupBy(r => r.UnitCode!)
            .ToDictionary(g => g.Key, g => g.Select(r => r.SubjectId).Distinct().Count());
        await AssertRowsAsync(page, "table-overdue-unit", steps.Keys.Union(overdueCases.Keys)
            .ToDictionary(k => k, k => new[] { steps.GetValueOrDefault(k), overdueCases.GetValueOrDefault(k) }), "overdue-steps", "overdue-cases");

        // 网办率: applications of the period by unit, online being channels 2 and 3.
        var applied = cases.Where(c => c.SubmittedAt >= start && c.SubmittedAt < end).ToList();
        await AssertRowsAsync(page, "table-online-unit", applied.GroupBy(c => c.HandlingUnit)
            .ToDictionary(g => g.Key, g => new[] { g.Count(), g.Count(c => c.Channel is "2" or "3") }), "total", "online");
        Assert.True(applied.Select(c => c.Channel).Distinct().Count() > 1);

        // Time used against the limits: the decided cases per matter, and the fire permit's 7 of 20 working days.
        var published = await seeded.Get<WorkflowHall.Web.Portal.Public.PublishedMatters>().AllAsync();
        var timed = cases.Where(c => c.DecidedAt >= start && c.DecidedAt < end && c.AcceptedAt != null).ToList();
        Assert.NotEmpty(timed);
        await AssertRowsAsync(page, "table-time-limits", published.ToDictionary(m => m.ImplementationCode,
            m => new[] { timed.Count(c => c.ImplementationCode == m.ImplementationCode) }), "decided");
        var fire = page.Locator("[data-testid=table-time-limits] [data-testid=row]", new() { HasText = "森林防火期内在森林防火区野外用火审批" });
        Assert.Equal("35.0%", (await fire.Locator("[data-testid=promised-share]").TextContentAsync())?.Trim());
        Assert.Equal("65.0%", (await fire.Locator("[data-testid=compression]").TextContentAsync())?.Trim());

        // Ratings per department (as the public board rolls them up) and the rectifications they opened.
        var tree = await seeded.Get<HallDirectory>().GetAsync();
        string Department(string unit) => tree.Ancestry(unit).FirstOrDefault(u => u.Kind == OrgUnitKind.Department)?.Code ?? unit;
        var ratings = await db.Ratings.AsNoTracking().ToListAsync();
        Assert.NotEmpty(ratings);
        await AssertRowsAsync(page, "table-ratings", ratings.GroupBy(r => Department(r.UnitCode))
            .ToDictionary(g => g.Key, g => new[] { g.Count(), g.Count(r => r.Grade >= 4) }), "total", "bad");
        var rectifications = await db.Rectifications.AsNoTracking().ToListAsync();
        Assert.Contains(rectifications, r => r.Status == nameof(RectificationStatus.Completed));
        await AssertRowsAsync(page, "table-rectifications", rectifications.GroupBy(r => Department(r.UnitCode)).ToDictionary(g => g.Key,
            g => Enum.GetValues<RectificationStatus>().Select(s => g.Count(r => r.Status == s.ToString())).ToArray()),
            [.. Enum.GetValues<RectificationStatus>().Select(s => $"status-{s}")]);

        // Where it is stuck: every open step of an open case, by the step's name.
        var items = await db.WorkItems.AsNoTracking().ToListAsync();
        Assert.NotEmpty(items);
        await AssertRowsAsync(page, "table-stuck", items.GroupBy(w => w.NodeName ?? w.NodeId)
            .ToDictionary(g => g.Key, g => new[] { g.Select(w => (w.InstanceId, Day: w.OpenedAt.AddHours(HallTime.Offset.TotalHours).Date)).Distinct().Count() }), "total");
        Assert.Equal(items.Select(w => w.InstanceId).Distinct().Count().ToString(), (await page.TextContentAsync("[data-testid=summary-open]"))?.Trim());

        await page.ScreenshotAsync("audit-dashboard");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_unit_narrows_every_figure_to_it_and_the_units_below()
    {
        var (from, to) = Period();
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Hall, "feng.xue");
        await using var db = await seeded.Contexts.CreateDbContextAsync();
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), China).UtcDateTime;
        var busiest = (await db.Cases.AsNoTracking().Where(c => c.SubmittedAt >= start).ToListAsync())
            .GroupBy(c => c.HandlingUnit).OrderByDescending(g => g.Count()).First();

        await page.GotoAsync(Hall.Url($"/audit/dashboard?from={Day(from)}&to={Day(to)}"));
        await page.SelectOptionAsync("#unit", busiest.Key);
        await page.SubmitAsync("[data-testid=dashboard-filter-submit]");
        Assert.Contains($"unit={busiest.Key}", page.Url);
        var units = await page.Locator("[data-testid=table-online-unit] [data-testid=row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)");
        Assert.Equal([busiest.Key], units);
        Assert.Equal(busiest.Count().ToString(), (await page.TextContentAsync("[data-testid=table-online-unit] [data-testid=total]"))?.Trim());
        Assert.All(await page.Locator("[data-testid=table-on-time-unit] [data-testid=row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)"),
            key => Assert.Equal(busiest.Key, key));
    }

    [Fact]
    public async Task Without_javascript_the_tables_carry_the_figures()
    {
        var (from, to) = Period();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Hall, "feng.xue");
        await page.GotoAsync(Hall.Url($"/audit/dashboard?from={Day(from)}&to={Day(to)}"));
        Assert.Equal(0, await page.Locator("[data-chart] svg").CountAsync());
        foreach (var table in new[] { "on-time-unit", "overdue-unit", "time-limits", "online-unit", "ratings", "rectifications", "stuck" })
        {
            Assert.True(await page.Locator($"[data-testid=table-{table}] [data-testid=row]").CountAsync() > 0, table);
        }
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_county_supervisor_sees_the_county_and_the_page_reads_in_english()
    {
        var page = await browser.NewPageAsync(locale: "en");
        await page.SignInAsync(Hall, "zhao.jing");
        await page.GotoAsync(Hall.Url("/culture/en?returnUrl=/audit/dashboard"));
        var (from, to) = Period();
        await page.GotoAsync(Hall.Url($"/audit/dashboard?from={Day(from)}&to={Day(to)}"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Supervision dashboard");
        var tree = await seeded.Get<HallDirectory>().GetAsync();
        foreach (var key in await page.Locator("[data-testid=table-on-time-unit] [data-testid=row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)"))
        {
            Assert.Contains(tree.Ancestry(key), u => u.Code == "bz-qc");
        }
    }

    /// <summary>From three months and a half before the seeded hall's last day to today, China dates.</summary>
    private (DateOnly From, DateOnly To) Period()
    {
        var today = DateOnly.FromDateTime(seeded.Get<TimeProvider>().GetUtcNow().ToOffset(China).DateTime);
        return (DateOnly.FromDateTime(seeded.Until.ToOffset(China).DateTime).AddDays(-105), today);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The table has exactly the expected rows (by key), each with the expected numbers in the named cells.</summary>
    private static async Task AssertRowsAsync(IPage page, string table, Dictionary<string, int[]> expected, params string[] cells)
    {
        var rows = page.Locator($"[data-testid={table}] [data-testid=row]");
        var shown = new Dictionary<string, int[]>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            var values = new int[cells.Length];
            for (var c = 0; c < cells.Length; c++) values[c] = int.Parse((await row.Locator($"[data-testid={cells[c]}]").TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);
            shown[(await row.GetAttributeAsync("data-key"))!] = values;
        }
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, string.Join(",", e.Value))),
            shown.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, string.Join(",", e.Value))));
    }
}
