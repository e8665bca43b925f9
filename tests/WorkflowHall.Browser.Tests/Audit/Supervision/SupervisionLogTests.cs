using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Supervision;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Audit.Supervision;

[Collection(SeededSupervisionCollection.Name)]
public sealed class SupervisionLogTests(BrowserFixture browser, SeededSupervisionHall seeded)
{
    private HallServer Hall => seeded.Hall;

    [Fact]
    public async Task An_auditor_reads_the_log_newest_first_and_filters_it_by_level_and_unit()
    {
        await using var db = await seeded.Contexts.CreateDbContextAsync();
        var log = await db.SupervisionLog.AsNoTracking().ToListAsync();
        Assert.Contains(log, r => r.Level == (int)SupervisionLevel.Breach);

        var page = await browser.NewPageAsync();
        await page.SignInAsync(Hall, "feng.xue");
        await page.GotoAsync(Hall.Url("/audit/supervision"));
        Assert.Equal(log.Count.ToString(), await page.GetAttributeAsync("[data-testid=log-count]", "data-count"));
        var shown = await page.Locator("[data-testid=log-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.record)");
        Assert.Equal(log.OrderByDescending(r => r.Sequence).Take(20).Select(r => r.RecordNumber), shown);
        // Each row names its case, linked to the case replay.
        var newest = log.MaxBy(r => r.Sequence)!;
        Assert.Equal($"/audit/cases/{newest.CaseNumber}",
            await page.Locator($"[data-testid=log-row][data-record='{newest.RecordNumber}'] [data-testid=log-case]").GetAttributeAsync("href"));

        // Red records of the unit with the most of them (and the units below it), through the filter form.
        var unit = log.Where(r => r.Level == (int)SupervisionLevel.Breach).GroupBy(r => r.ResponsibleUnit).OrderByDescending(g => g.Count()).First().Key!;
        var expected = log.Where(r => r.Level == (int)SupervisionLevel.Breach && (r.UnitCode == unit || r.ResponsibleUnit == unit)).ToList();
        await page.SelectOptionAsync("#level", "breach");
        await page.SelectOptionAsync("#unit", unit);
        await page.ClickAsync("[data-testid=log-filter-submit]");
        await Expect(page.Locator("[data-testid=log-count]")).ToHaveAttributeAsync("data-count", expected.Count.ToString());
        Assert.Contains("level=breach", page.Url);
        var rows = page.Locator("[data-testid=log-row]");
        Assert.Equal(Math.Min(20, expected.Count), await rows.CountAsync());
        Assert.All(await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.level)"), level => Assert.Equal("breach", level));
        Assert.All(await rows.EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.unit, r.dataset.responsible])"),
            units => Assert.Contains(unit, units));
        Assert.Contains("红牌督办", await rows.First.Locator("[data-testid=log-level]").TextContentAsync());
        await page.ScreenshotAsync("audit-supervision");
    }

    [Fact]
    public async Task The_filtered_log_downloads_as_csv_with_its_header_and_exactly_its_rows()
    {
        await using var db = await seeded.Contexts.CreateDbContextAsync();
        var warnings = await db.SupervisionLog.AsNoTracking().Where(r => r.Level == (int)SupervisionLevel.Warning).OrderBy(r => r.Sequence).ToListAsync();
        Assert.NotEmpty(warnings);

        var page = await browser.NewPageAsync();
        await page.SignInAsync(Hall, "feng.xue");
        await page.GotoAsync(Hall.Url("/audit/supervision?level=warning"));
        await Expect(page.Locator("[data-testid=log-count]")).ToHaveAttributeAsync("data-count", warnings.Count.ToString());
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=csv-export]"));
        Assert.EndsWith(".csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]); // Excel reads the Chinese
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("监察编号 Record number,办件编号 Case number,", lines[0]);
        Assert.Equal(warnings.Select(r => r.RecordNumber), lines.Skip(1).Select(l => l.Split(',')[0]));

        var response = await page.APIRequest.GetAsync(Hall.Url("/audit/supervision/export.csv?level=warning"));
        Assert.Equal("text/csv; charset=utf-8", response.Headers["content-type"]);
        Assert.StartsWith("attachment", response.Headers["content-disposition"]);
    }

    [Fact]
    public async Task A_correction_links_to_the_breach_it_corrects_and_the_breach_to_its_correction()
    {
        await using var db = await seeded.Contexts.CreateDbContextAsync();
        var records = await db.SupervisionLog.AsNoTracking().Where(r => r.CaseNumber == seeded.WithdrawnCaseNumber).ToListAsync();
        var correction = records.First(r => r.Level == (int)SupervisionLevel.Correction);
        var breach = records.Single(r => r.Sequence == correction.CorrectsSequence);

        var page = await browser.NewPageAsync();
        await page.SignInAsync(Hall, "feng.xue");
        await page.GotoAsync(Hall.Url($"/audit/supervision?case={seeded.WithdrawnCaseNumber}"));
        await Expect(page.Locator("[data-testid=log-count]")).ToHaveAttributeAsync("data-count", records.Count.ToString());
        var corrects = page.Locator($"[data-testid=log-row][data-record='{correction.RecordNumber}'] [data-testid=log-corrects]");
        await Expect(corrects).ToContainTextAsync(breach.RecordNumber);
        Assert.EndsWith($"#rec-{breach.Sequence}", await corrects.GetAttributeAsync("href"));
        await Expect(page.Locator($"[data-testid=log-row][data-record='{breach.RecordNumber}'] [data-testid=log-corrected-by]"))
            .ToContainTextAsync(correction.RecordNumber);
        await Expect(page.Locator($"#rec-{breach.Sequence}")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_chain_check_passes_and_names_the_first_record_after_one_is_altered()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Hall, "feng.xue");
        await page.GotoAsync(Hall.Url("/audit/supervision"));
        await page.ClickAsync("[data-testid=chain-verify]");
        var result = page.Locator("#chain-check [data-testid=chain-result]");
        await Expect(result).ToHaveAttributeAsync("data-intact", "true");
        await using var db = await seeded.Contexts.CreateDbContextAsync();
        Assert.Contains($"{await db.SupervisionLog.CountAsync()} 条记录", await result.TextContentAsync());

        var altered = await db.SupervisionLog.AsNoTracking().OrderBy(r => r.Sequence).Skip(2).FirstAsync();
        await db.SupervisionLog.Where(r => r.Sequence == altered.Sequence).ExecuteUpdateAsync(s => s.SetProperty(r => r.Description, "已按时办结"));
        try
        {
            await page.GotoAsync(Hall.Url("/audit/supervision/chain"));
            var broken = page.Locator("[data-testid=chain-result]");
            await Expect(broken).ToHaveAttributeAsync("data-intact", "false");
            await Expect(broken).ToContainTextAsync(altered.RecordNumber);
            await Expect(broken).ToContainTextAsync("记录被改动");
        }
        finally
        {
            await db.SupervisionLog.Where(r => r.Sequence == altered.Sequence).ExecuteUpdateAsync(s => s.SetProperty(r => r.Description, altered.Description));
        }
    }

    [Fact]
    public async Task A_county_supervisor_sees_the_records_of_the_county_only()
    {
        var tree = await seeded.Get<HallDirectory>().GetAsync();
        var county = tree.Units.Where(u => tree.Ancestry(u.Code).Any(a => a.Code == "bz-qc")).Select(u => u.Code).ToHashSet();
        await using var db = await seeded.Contexts.CreateDbContextAsync();
        var log = await db.SupervisionLog.AsNoTracking().ToListAsync();
        var theirs = log.Count(r => county.Contains(r.UnitCode ?? "") || county.Contains(r.ResponsibleUnit ?? ""));
        Assert.True(theirs > 0);

        // 赵静 holds the supervision post in 谯城区.
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Hall, "zhao.jing");
        var response = await page.GotoAsync(Hall.Url("/audit/supervision"));
        Assert.Equal(200, response!.Status);
        Assert.Equal(theirs.ToString(), await page.GetAttributeAsync("[data-testid=log-count]", "data-count"));
        await Expect(page.Locator("[data-testid=supervision-reach]")).ToContainTextAsync("谯城区");
        Assert.DoesNotContain("bz-gy", await page.Locator("#unit option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        // A unit outside the county narrows to nothing rather than widening the view.
        await page.GotoAsync(Hall.Url("/audit/supervision?unit=bz-emergency"));
        Assert.Equal("0", await page.GetAttributeAsync("[data-testid=log-count]", "data-count"));
    }

    [Theory]
    [InlineData("wang.fang")]   // a window clerk without the supervision post
    [InlineData("liu.weidong")] // an applicant
    public async Task Staff_without_the_supervision_post_and_applicants_get_403(string user)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Hall, user);
        foreach (var path in new[] { "/audit/supervision", "/audit/supervision/chain", "/audit/dashboard" })
        {
            var response = await page.GotoAsync(Hall.Url(path));
            Assert.Equal(403, response!.Status);
            await Expect(page.Locator("[data-testid=supervision-denied]")).ToBeVisibleAsync();
        }
        var csv = await page.APIRequest.GetAsync(Hall.Url("/audit/supervision/export.csv"));
        Assert.Equal(403, csv.Status);
    }
}
