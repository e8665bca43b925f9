using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Browser.Tests.Portal.Applicant;
using WorkflowHall.Engine.Time;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Audit.Replay;

/// <summary>
/// The auditors' case replay: a finished case on its own version's diagram, stepped through its trail
/// with who, when and the opinion at each step; the trail's check passes, and an edited trail row shows
/// as the first broken (or divergent) event with the stepper on it.
/// </summary>
public sealed class CaseReplayTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly Regex Current = new(@"\breplay-current\b");
    private static readonly Regex Visited = new(@"\breplay-visited\b");
    private static readonly Regex Open = new(@"\breplay-open\b");
    private static readonly Regex Trouble = new(@"\breplay-trouble\b");

    private readonly HallServer _hall = new();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_auditor_finds_a_finished_case_and_steps_through_its_trail_on_the_diagram_with_the_check_passing(string provider)
    {
        _hall.Provider = provider;
        var closed = await ReplayCases.FinishedFirePermitAsync(_hall);
        var page = await browser.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await page.SignInAsync(_hall, "feng.xue");

        // The list: found by the applicant's name, shown to the auditor by family name with the number masked.
        await page.GotoAsync(_hall.Url("/audit/cases"));
        await page.FillAsync("#filter-applicant", "刘卫东");
        await page.SubmitAsync("[data-testid=audit-search]");
        var row = page.Locator($"[data-testid=audit-case-row][data-case-number='{closed.CaseNumber}']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-testid=row-number]")).ToHaveTextAsync("3416**********0531");
        Assert.DoesNotContain("341602196802270531", await page.ContentAsync());
        await page.ScreenshotAsync("audit-cases");

        await row.Locator("[data-testid=replay-link]").ClickAsync();
        await page.WaitForURLAsync($"**/audit/cases/{closed.CaseNumber}");
        await Expect(page.Locator("[data-testid=integrity]")).ToHaveAttributeAsync("data-result", "pass");
        await Expect(page.Locator("[data-testid=integrity-title]")).ToHaveTextAsync("留痕完整，重放一致");
        await Expect(page.Locator("[data-testid=integrity-checkpoint]")).Not.ToHaveAttributeAsync("data-checkpoint", "none"); // sealed when it closed

        // The diagram renders with the definition's steps; the stepper starts at the application.
        await Expect(page.Locator("[data-testid=replay-canvas] .djs-container")).ToBeVisibleAsync();
        foreach (var id in new[] { "apply", "accept", "review", "approve", "issue", "closed" })
        {
            await Expect(page.Locator($"[data-testid=replay-canvas] [data-element-id={id}]")).ToHaveCountAsync(1);
        }
        await ExpectStepAsync(page, 0, "apply", "刘**", opinion: null);
        await Expect(Shape(page, "accept")).ToHaveClassAsync(Open);

        // Next, step by step in trail order: the marker moves, the step before stays marked as visited.
        await page.ClickAsync("[data-testid=replay-next]");
        await ExpectStepAsync(page, 1, "accept", "王芳", ReplayCases.AcceptOpinion);
        await Expect(Shape(page, "apply")).ToHaveClassAsync(Visited);
        await Expect(Shape(page, "apply")).Not.ToHaveClassAsync(Current);
        await Expect(Shape(page, "review")).ToHaveClassAsync(Open);

        await page.ClickAsync("[data-testid=replay-next]");
        await ExpectStepAsync(page, 2, "review", "陈志强", ReplayCases.ReviewOpinion);
        await Expect(Shape(page, "accept")).ToHaveClassAsync(Visited);
        await Expect(Visible(page).Locator("[data-testid=step-time]")).ToContainTextAsync("时限 10 个工作日");
        await Expect(Visible(page).Locator("[data-testid=step-time]")).ToHaveAttributeAsync("data-overdue", "false");
        await Expect(Visible(page).Locator("[data-testid=case-time]")).ToContainTextAsync("法定时限");
        await page.ScreenshotAsync("audit-replay");

        await page.ClickAsync("[data-testid=replay-next]");
        await ExpectStepAsync(page, 3, "approve", "杨建军", ReplayCases.ApproveOpinion);
        await page.ClickAsync("[data-testid=replay-next]");
        await ExpectStepAsync(page, 4, "issue", "黄丽", ReplayCases.IssueNote);
        await Expect(Shape(page, "closed")).ToHaveClassAsync(Visited);
        await Expect(Visible(page).Locator("[data-testid=step-result]")).ToContainTextAsync("办结");
        await Expect(page.Locator("[data-testid=replay-next]")).ToBeDisabledAsync();

        // Back, first and last.
        await page.ClickAsync("[data-testid=replay-previous]");
        await ExpectStepAsync(page, 3, "approve", "杨建军", ReplayCases.ApproveOpinion);
        await Expect(Shape(page, "closed")).Not.ToHaveClassAsync(Visited);
        await page.ClickAsync("[data-testid=replay-first]");
        await ExpectStepAsync(page, 0, "apply", "刘**", opinion: null);
        await page.ClickAsync("[data-testid=replay-last]");
        await ExpectStepAsync(page, 4, "issue", "黄丽", ReplayCases.IssueNote);
        Assert.Empty(scriptErrors);
    }

    [Fact]
    public async Task A_paused_and_migrated_case_shows_the_pause_and_switches_to_the_new_versions_diagram_where_it_moved()
    {
        var closed = await ReplayCases.PausedAndMigratedFirePermitAsync(_hall);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "feng.xue");
        await page.GotoAsync(_hall.Url($"/audit/cases/{closed.CaseNumber}"));
        await Expect(page.Locator("[data-testid=integrity]")).ToHaveAttributeAsync("data-result", "pass");
        await Expect(page.Locator("[data-testid=integrity]")).ToContainTextAsync("第 1、2 版");
        await Expect(Canvas(page)).ToHaveAttributeAsync("data-version", "1");

        // The slider moves to the special procedure: the clock stops, the review step stays open and current.
        await page.Locator("[data-testid=replay-slider]").FillAsync("2");
        await Expect(page.Locator("[data-testid=case-replay]")).ToHaveAttributeAsync("data-current-step", "2");
        await Expect(Visible(page).Locator("[data-testid=step-what]")).ToHaveTextAsync("计时暂停");
        await Expect(Visible(page).Locator("[data-testid=step-detail]")).ToContainTextAsync(ReplayCases.ProcedureReason);
        await Expect(Visible(page).Locator("[data-testid=step-pause]")).ToContainTextAsync("尚未恢复");
        await Expect(Shape(page, "review")).ToHaveClassAsync(Current);

        await page.ClickAsync("[data-testid=replay-next]");
        await Expect(Visible(page).Locator("[data-testid=step-what]")).ToHaveTextAsync("计时恢复");
        await Expect(Visible(page).Locator("[data-testid=step-detail]")).ToHaveTextAsync(ReplayCases.ProcedureResult);
        await Expect(Visible(page).Locator("[data-testid=step-pause]")).ToContainTextAsync("恢复");
        await Expect(Visible(page).Locator("[data-testid=step-pause]")).Not.ToContainTextAsync("尚未恢复");

        // The migration: the diagram switches to version 2, and review is timed against version 2's limit.
        await page.ClickAsync("[data-testid=replay-next]");
        await Expect(Visible(page).Locator("[data-testid=step-migrated]")).ToContainTextAsync("第 1 版迁移到第 2 版");
        await Expect(Visible(page).Locator("[data-testid=step-opinion]")).ToHaveTextAsync(ReplayCases.MigrationReason);
        await Expect(Canvas(page)).ToHaveAttributeAsync("data-version", "2");
        await Expect(page.Locator("[data-testid=replay-version]")).ToHaveTextAsync("第 2 版");
        await Expect(Shape(page, "review")).ToHaveClassAsync(Current);
        await page.ClickAsync("[data-testid=replay-next]");
        await ExpectStepAsync(page, 5, "review", "陈志强", ReplayCases.ReviewOpinion);
        await Expect(Visible(page).Locator("[data-testid=step-time]")).ToContainTextAsync("时限 8 个工作日");

        // Back before the migration, version 1's diagram again.
        await page.ClickAsync("[data-testid=replay-previous]");
        await page.ClickAsync("[data-testid=replay-previous]");
        await Expect(Canvas(page)).ToHaveAttributeAsync("data-version", "1");
        await Expect(Shape(page, "review")).ToHaveClassAsync(Current);
    }

    [Fact]
    public async Task Play_runs_through_the_steps_by_itself_and_stops_at_the_end()
    {
        var closed = await ReplayCases.FinishedFirePermitAsync(_hall);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url($"/audit/cases/{closed.CaseNumber}"));
        await Expect(Shape(page, "apply")).ToHaveClassAsync(Current);

        await page.ClickAsync("[data-testid=replay-play]");
        await Expect(page.Locator("[data-testid=replay-play]")).ToContainTextAsync("暂停");
        var seen = new List<string>();
        foreach (var id in new[] { "accept", "review", "approve", "issue" })
        {
            await Expect(Shape(page, id)).ToHaveClassAsync(Current, new LocatorAssertionsToHaveClassOptions { Timeout = 10_000 });
            seen.Add(id);
        }
        Assert.Equal(["accept", "review", "approve", "issue"], seen);
        await Expect(page.Locator("[data-testid=replay-play]")).ToContainTextAsync("播放", new LocatorAssertionsToContainTextOptions { Timeout = 10_000 });
        await Expect(page.Locator("[data-testid=case-replay]")).ToHaveAttributeAsync("data-current-step", "4");
    }

    [Fact]
    public async Task An_opinion_edited_in_the_database_shows_the_chain_broken_at_that_event_and_the_stepper_on_it()
    {
        var closed = await ReplayCases.FinishedFirePermitAsync(_hall);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "feng.xue");
        await page.GotoAsync(_hall.Url($"/audit/cases/{closed.CaseNumber}"));
        await Expect(page.Locator("[data-testid=integrity]")).ToHaveAttributeAsync("data-result", "pass");

        var review = await ReplayCases.CompletionAsync(_hall, closed.Id, "review");
        await ReplayCases.EditOpinionAsync(_hall, closed.Id, review.Sequence, "材料不全，但领导打招呼予以通过");
        await page.ReloadAsync();

        var banner = page.Locator("[data-testid=integrity]");
        await Expect(banner).ToHaveAttributeAsync("data-result", "broken");
        await Expect(banner).ToHaveAttributeAsync("data-sequence", review.Sequence.ToString());
        await Expect(page.Locator("[data-testid=integrity-title]")).ToHaveTextAsync($"留痕链在第 {review.Sequence} 条事件处断开");
        await Expect(banner).ToContainTextAsync("事件内容与其哈希不符");

        // The stepper opens on the review step, marked, with the edited event picked out.
        await Expect(page.Locator("[data-testid=case-replay]")).ToHaveAttributeAsync("data-current-step", "2");
        await Expect(Shape(page, "review")).ToHaveClassAsync(Current);
        await Expect(Shape(page, "review")).ToHaveClassAsync(Trouble);
        await Expect(Visible(page).Locator("[data-testid=step-opinion]")).ToHaveTextAsync("材料不全，但领导打招呼予以通过");
        await Expect(Visible(page).Locator("[data-testid=step-trouble-event]")).ToHaveAttributeAsync("data-sequence", review.Sequence.ToString());
        await Expect(page.Locator($"[data-testid=trail-row][data-sequence='{review.Sequence}']")).ToHaveClassAsync(new Regex("table-danger"));
        await page.ScreenshotAsync("audit-replay-broken");

        // Moving away and following the banner's link comes back to it.
        await page.ClickAsync("[data-testid=replay-first]");
        await Expect(Shape(page, "apply")).ToHaveClassAsync(Current);
        await page.ClickAsync("[data-testid=integrity-jump]");
        await Expect(page.Locator("[data-testid=case-replay]")).ToHaveAttributeAsync("data-current-step", "2");
        await Expect(Shape(page, "review")).ToHaveClassAsync(Current);
    }

    [Fact]
    public async Task An_edit_with_the_chain_rehashed_is_named_by_the_signed_checkpoint_at_that_event()
    {
        var closed = await ReplayCases.FinishedFirePermitAsync(_hall);
        var approve = await ReplayCases.CompletionAsync(_hall, closed.Id, "approve");
        await ReplayCases.EditOpinionAndRehashAsync(_hall, closed.Id, approve.Sequence, "不同意");

        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "feng.xue");
        await page.GotoAsync(_hall.Url($"/audit/cases/{closed.CaseNumber}"));

        // The hash chain holds after the rehash; the checkpoint signed when the case closed does not.
        var banner = page.Locator("[data-testid=integrity]");
        await Expect(banner).ToHaveAttributeAsync("data-result", "checkpoint");
        await Expect(banner).ToHaveAttributeAsync("data-sequence", approve.Sequence.ToString());
        await Expect(page.Locator("[data-testid=integrity-title]")).ToHaveTextAsync(new Regex($"^第 {approve.Sequence} 条事件与签名检查点 #\\d+ 不符$"));
        await Expect(page.Locator("[data-testid=integrity-checkpoint-problem]")).ToContainTextAsync("被改动或删除");
        await Expect(page.Locator("[data-testid=case-replay]")).ToHaveAttributeAsync("data-current-step", "3");
        await Expect(Shape(page, "approve")).ToHaveClassAsync(Trouble);
        await page.ScreenshotAsync("audit-replay-checkpoint");
    }

    [Fact]
    public async Task Clerks_and_applicants_get_403_from_the_case_list_and_the_replay_while_administrators_may_replay()
    {
        var closed = await ReplayCases.FinishedFirePermitAsync(_hall);
        foreach (var userName in new[] { "wang.fang", "liu.weidong" })
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync(_hall, userName);
            Assert.Equal(403, (await page.GotoAsync(_hall.Url("/audit/cases")))!.Status);
            await Expect(page.Locator("[data-testid=audit-denied]")).ToBeVisibleAsync();
            Assert.Equal(403, (await page.GotoAsync(_hall.Url($"/audit/cases/{closed.CaseNumber}")))!.Status);
            await Expect(page.Locator("[data-testid=audit-denied]")).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("#replay-data").CountAsync());
            Assert.DoesNotContain(ReplayCases.ReviewOpinion, await page.ContentAsync());
        }

        // An administrator may replay too; a number that is no case says so.
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync(_hall, "qian.lei");
        Assert.Equal(200, (await admin.GotoAsync(_hall.Url("/audit/cases")))!.Status);
        await Expect(admin.Locator($"[data-testid=audit-case-row][data-case-number='{closed.CaseNumber}']")).ToHaveCountAsync(1);
        Assert.Equal(404, (await admin.GotoAsync(_hall.Url("/audit/cases/NO-SUCH-CASE")))!.Status);
        await Expect(admin.Locator("[data-testid=not-found]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_case_list_filters_by_number_matter_status_and_date_and_pages_newest_first()
    {
        var closed = await ReplayCases.FinishedFirePermitAsync(_hall);
        var rentals = new List<string>();
        for (var i = 0; i < 21; i++) rentals.Add((await _hall.ApplyAsync("zhang.li", ApplicantCases.PublicRentalHousing)).CaseNumber);

        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "feng.xue");
        await page.GotoAsync(_hall.Url("/audit/cases"));
        await Expect(page.Locator("[data-testid=audit-case-total]")).ToContainTextAsync("共 22 件");
        Assert.Equal(20, await page.Locator("[data-testid=audit-case-row]").CountAsync());
        Assert.Equal(rentals[^1], await page.Locator("[data-testid=audit-case-row]").First.GetAttributeAsync("data-case-number"));
        await page.ClickAsync("[data-testid=page-next]");
        await Expect(page.Locator("[data-testid=page-number]")).ToHaveTextAsync("第 2 页");
        await Expect(page.Locator("[data-testid=audit-case-row]")).ToHaveCountAsync(2);
        await Expect(page.Locator($"[data-testid=audit-case-row][data-case-number='{closed.CaseNumber}']")).ToHaveCountAsync(1);

        await page.GotoAsync(_hall.Url($"/audit/cases?number={closed.CaseNumber}"));
        await Expect(page.Locator("[data-testid=audit-case-row]")).ToHaveCountAsync(1);
        await page.GotoAsync(_hall.Url("/audit/cases?matter=野外用火"));
        await Expect(page.Locator("[data-testid=audit-case-row]")).ToHaveCountAsync(1);
        await page.GotoAsync(_hall.Url("/audit/cases?status=Closed"));
        await Expect(page.Locator("[data-testid=audit-case-row]")).ToHaveCountAsync(1);
        await page.GotoAsync(_hall.Url("/audit/cases?status=Submitted&applicant=34160219960509048X"));
        await Expect(page.Locator("[data-testid=audit-case-total]")).ToContainTextAsync("共 21 件");
        var today = DateTimeOffset.UtcNow.ToOffset(HallTime.Offset);
        await page.GotoAsync(_hall.Url($"/audit/cases?from={today.AddDays(1):yyyy-MM-dd}"));
        await Expect(page.Locator("[data-testid=audit-cases-empty]")).ToBeVisibleAsync();
        await page.GotoAsync(_hall.Url($"/audit/cases?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}"));
        await Expect(page.Locator("[data-testid=audit-case-total]")).ToContainTextAsync("共 22 件");
    }

    private static ILocator Canvas(IPage page) => page.Locator("[data-testid=replay-canvas]");

    private static ILocator Shape(IPage page, string elementId) => page.Locator($"[data-testid=replay-canvas] .djs-element[data-element-id={elementId}]");

    private static ILocator Visible(IPage page) => page.Locator("[data-testid=replay-step]:visible");

    private static async Task ExpectStepAsync(IPage page, int index, string elementId, string actor, string? opinion)
    {
        await Expect(page.Locator("[data-testid=case-replay]")).ToHaveAttributeAsync("data-current-step", index.ToString());
        await Expect(Shape(page, elementId)).ToHaveClassAsync(Current);
        await Expect(page.Locator("[data-testid=replay-canvas] .replay-current")).ToHaveCountAsync(1);
        await Expect(Visible(page)).ToHaveCountAsync(1);
        await Expect(Visible(page)).ToHaveAttributeAsync("data-replay-step", index.ToString());
        await Expect(Visible(page).Locator("[data-testid=step-actor]")).ToHaveTextAsync(actor);
        if (opinion is null) await Expect(Visible(page).Locator("[data-testid=step-opinion]")).ToHaveCountAsync(0);
        else await Expect(Visible(page).Locator("[data-testid=step-opinion]")).ToHaveTextAsync(opinion);
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
