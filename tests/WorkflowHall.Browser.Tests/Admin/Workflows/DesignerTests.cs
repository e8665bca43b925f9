using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Time;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Admin.Workflows;

public sealed class DesignerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Workflow = DesignerCases.FirePermitWorkflow;
    private readonly HallServer _hall = new();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shorter_limit_published_as_version_2_applies_to_new_cases_while_running_cases_stay_on_version_1(string provider)
    {
        _hall.Provider = provider;
        var before = await DesignerCases.ApplyForFirePermitAsync(_hall);
        var page = await browser.NewPageAsync(1440, 1000);
        await page.SignInAsync(_hall, "qian.lei");

        // The list: the fire permit's workflow, published once, used by its matter.
        await page.GotoAsync(_hall.Url("/admin/workflows"));
        var row = page.Locator($"[data-testid=workflow-row][data-key='{Workflow}']");
        await Expect(row.Locator("[data-testid=workflow-latest]")).ToHaveAttributeAsync("data-version", "1");
        await Expect(row).ToContainTextAsync("野外用火");
        await page.ScreenshotAsync("admin-workflows");

        // The designer: a palette of what the engine runs, in Chinese.
        await row.Locator("[data-testid=workflow-link]").ClickAsync();
        await DesignerReadyAsync(page);
        var palette = await page.Locator(".djs-palette .entry[data-action]").EvaluateAllAsync<string[]>("entries => entries.map(e => e.dataset.action)");
        Assert.Equal(
            ["hand-tool", "lasso-tool", "space-tool", "global-connect-tool", "create.start-event", "create.end-event", "create.timer-event",
                "create.exclusive-gateway", "create.parallel-gateway", "create.inclusive-gateway", "create.user-task", "create.service-task",
                "create.subprocess-expanded"],
            palette);
        Assert.Equal("用户任务（岗位办理的步骤）", await page.GetAttributeAsync(".djs-palette [data-action='create.user-task']", "aria-label"));

        // The steps table and the properties panel edit the same model.
        var limit = StepField(page, "accept", "timeLimit");
        await Expect(limit).ToHaveValueAsync("5");
        await Expect(StepField(page, "accept", "post")).ToHaveValueAsync("window-acceptance");
        await limit.FillAsync("3");
        await limit.PressAsync("Tab");
        await Expect(page.Locator("[data-testid=dirty]")).ToBeVisibleAsync();
        await Shape(page, "review").ClickAsync();
        await Expect(page.Locator("[data-testid=properties] [data-prop=timeLimit]")).ToHaveValueAsync("10");
        await Shape(page, "accept").ClickAsync();
        await Expect(page.Locator("[data-testid=properties]")).ToHaveAttributeAsync("data-element-id", "accept");
        await Expect(page.Locator("[data-testid=properties] [data-prop=timeLimit]")).ToHaveValueAsync("3");
        await Expect(page.Locator("[data-testid=properties] [data-prop=timeLimitUnit]")).ToHaveValueAsync("workingDays");
        await Expect(page.Locator("[data-testid=properties] [data-prop=post]")).ToHaveValueAsync("window-acceptance");
        // …and back: the warning set in the panel shows in the table.
        var warning = page.Locator("[data-testid=properties] [data-prop=warning]");
        await warning.FillAsync("2");
        await warning.PressAsync("Tab");
        await Expect(StepField(page, "accept", "warning")).ToHaveValueAsync("2");
        await warning.FillAsync("1");
        await warning.PressAsync("Tab");
        await Expect(StepField(page, "accept", "warning")).ToHaveValueAsync("1");
        await page.ScreenshotAsync("admin-designer");

        // Save the draft, then publish it with a note.
        await page.ClickAsync("[data-testid=save-draft]");
        await Expect(page.Locator("[data-testid=designer-status]")).ToContainTextAsync("草稿已保存");
        await Expect(page.Locator("[data-testid=problems] [data-testid=no-problems]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=dirty]")).ToBeHiddenAsync();
        const string note = "受理时限由5个工作日压缩为3个工作日";
        await page.FillAsync("[data-testid=publish-note]", note);
        await page.RunAndWaitForNavigationAsync(() => page.ClickAsync("[data-testid=publish]"),
            new PageRunAndWaitForNavigationOptions { UrlString = "**/admin/workflows/standard-approval?published=2" });
        await Expect(page.Locator("[data-testid=published]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=latest-version]")).ToHaveAttributeAsync("data-version", "2");
        var v2 = page.Locator("[data-testid=version-row][data-version='2']");
        await Expect(v2.Locator("[data-testid=version-note]")).ToHaveTextAsync(note);
        await Expect(v2).ToContainTextAsync("qian.lei");
        await Expect(page.Locator("[data-testid=version-row][data-version='1'] [data-testid=version-running]")).ToHaveTextAsync("1");

        // A case applied for now runs on version 2 with the new limit; the earlier one stays on version 1.
        var after = await DesignerCases.ApplyForFirePermitAsync(_hall);
        Assert.Equal(1, (await DesignerCases.InstanceAsync(_hall, before.Id)).DefinitionVersion);
        Assert.Equal(2, (await DesignerCases.InstanceAsync(_hall, after.Id)).DefinitionVersion);
        var calendar = _hall.Services.GetRequiredService<WorkingDayCalendar>();
        var newStep = await DesignerCases.OpenStepAsync(_hall, after.Id);
        var oldStep = await DesignerCases.OpenStepAsync(_hall, before.Id);
        Assert.Equal("accept", newStep.NodeId);
        Assert.Equal(Due(newStep.OpenedAt, 3, calendar), newStep.DueAt);
        Assert.Equal(Due(oldStep.OpenedAt, 5, calendar), oldStep.DueAt);

        // Export downloads the diagram's XML with the new limit.
        await DesignerReadyAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export]"));
        Assert.Equal("standard-approval.bpmn", download.SuggestedFilename);
        var exported = XDocument.Load(await download.PathAsync());
        var accept = exported.Descendants(XName.Get("userTask", BpmnNamespaces.Model)).Single(e => (string?)e.Attribute("id") == "accept");
        Assert.Equal("3", (string?)accept.Attribute(XName.Get("timeLimit", BpmnNamespaces.Hall)));
        Assert.Equal("workingDays", (string?)accept.Attribute(XName.Get("timeLimitUnit", BpmnNamespaces.Hall)));

        // Comparing version 1 with version 2 marks the changed step on both diagrams.
        await page.ClickAsync("[data-testid=compare-link]");
        await Expect(page.Locator("[data-testid=compare]")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("[data-testid=compare-to-diagram] .djs-element[data-element-id=accept]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("designer-diff-changed"));
        await Expect(page.Locator("[data-testid=compare-from-diagram] .djs-element[data-element-id=accept]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("designer-diff-changed"));
        await Expect(page.Locator("[data-testid=compare-to-diagram] .djs-element[data-element-id=review]")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("designer-diff"));
        var change = page.Locator("[data-testid=change-row]");
        await Expect(change).ToHaveCountAsync(1);
        await Expect(change).ToHaveAttributeAsync("data-element-id", "accept");
        await Expect(change).ToHaveAttributeAsync("data-change", "Changed");
        await Expect(change).ToContainTextAsync("办理时限");
        await page.ScreenshotAsync("admin-designer-compare");

        // Migration: a dry run first; only then may the running case move to version 2.
        await page.GotoAsync(_hall.Url("/admin/workflows/standard-approval/migrate"));
        Assert.Equal(0, await page.Locator("[data-testid=apply]").CountAsync());
        await page.FillAsync("[data-testid=migrate-reason]", "受理时限调整");
        await page.SubmitAsync("[data-testid=dry-run]");
        var report = page.Locator("[data-testid=migration-report]");
        await Expect(report).ToHaveAttributeAsync("data-instances", "1");
        await Expect(report).ToHaveAttributeAsync("data-problems", "0");
        await page.ScreenshotAsync("admin-designer-migrate");
        Assert.Equal(1, (await DesignerCases.InstanceAsync(_hall, before.Id)).DefinitionVersion);
        await page.SubmitAsync("[data-testid=apply]");
        await Expect(page.Locator("[data-testid=migrated]")).ToContainTextAsync("已将 1 件办件迁移到第 2 版");
        Assert.Equal(2, (await DesignerCases.InstanceAsync(_hall, before.Id)).DefinitionVersion);
    }

    [Fact]
    public async Task A_case_waiting_at_a_removed_step_migrates_only_once_the_step_is_mapped()
    {
        var waiting = await DesignerCases.ApplyForFirePermitAsync(_hall);
        var definitions = _hall.Services.GetRequiredService<DefinitionStore>();
        var v1 = (await definitions.GetAsync(Workflow, 1))!.Record.Bpmn;
        var renamed = v1.Replace("id=\"accept\"", "id=\"window\"").Replace("Ref=\"accept\"", "Ref=\"window\"").Replace("bpmnElement=\"accept\"", "bpmnElement=\"window\"");
        Assert.True((await definitions.SaveDraftAsync(renamed, "qian.lei", Workflow)).Import.Succeeded);
        Assert.NotNull((await definitions.PublishAsync(Workflow, "qian.lei", "受理步骤改名")).Published);

        var page = await browser.NewPageAsync(1440, 1000);
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/workflows/standard-approval/migrate"));
        var row = page.Locator($"[data-testid=running-case][data-instance-id='{waiting.Id}']");
        await Expect(row).ToHaveAttributeAsync("data-case-number", waiting.CaseNumber);
        await Expect(row).ToContainTextAsync("受理");
        await Expect(page.Locator("[data-testid=mapping-row]")).ToHaveAttributeAsync("data-node-id", "accept");

        // Unmapped, the dry run names the case and the step, and offers no migration.
        await page.SubmitAsync("[data-testid=dry-run]");
        await Expect(row).ToHaveAttributeAsync("data-result", "problem");
        await Expect(row.Locator("[data-testid=case-problems] li[data-node-id=accept]")).ToContainTextAsync("请为它指定映射");
        await Expect(page.Locator("[data-testid=cannot-apply]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=apply]").CountAsync());

        // Mapped to the renamed step, the dry run passes and the case moves.
        await page.SelectOptionAsync("[data-testid=mapping-row][data-node-id=accept] [data-testid=mapping-target]", "window");
        await page.SubmitAsync("[data-testid=dry-run]");
        await Expect(row).ToHaveAttributeAsync("data-result", "ok");
        await page.SubmitAsync("[data-testid=apply]");
        await Expect(page.Locator("[data-testid=migrated]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=no-running-cases]")).ToBeVisibleAsync();
        Assert.Equal(2, (await DesignerCases.InstanceAsync(_hall, waiting.Id)).DefinitionVersion);
        Assert.Equal("window", (await DesignerCases.OpenStepAsync(_hall, waiting.Id)).NodeId);
    }

    [Fact]
    public async Task A_step_without_a_post_is_shown_on_its_element_and_cannot_be_published()
    {
        var page = await browser.NewPageAsync(1440, 1000);
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/workflows/standard-approval"));
        await DesignerReadyAsync(page);

        var post = StepField(page, "review", "post");
        await post.FillAsync("");
        await post.PressAsync("Tab");
        await page.ClickAsync("[data-testid=save-draft]");

        // The validator's problem is in the list and on the element: a red marker and a badge.
        var problem = page.Locator("[data-testid=problems] [data-testid=problem][data-element-id=review]");
        await Expect(problem).ToHaveAttributeAsync("data-code", "MissingAssignment");
        await Expect(problem).ToContainTextAsync("没有办理人规则");
        await Expect(Shape(page, "review")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("designer-problem"));
        await Expect(page.Locator("[data-testid=problem-badge][data-problem-for=review]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=designer-status]")).ToContainTextAsync("1 个问题");

        // Clicking the problem selects the element.
        await Shape(page, "approve").ClickAsync();
        await Expect(page.Locator("[data-testid=properties]")).ToHaveAttributeAsync("data-element-id", "approve");
        await problem.ClickAsync();
        await Expect(page.Locator("[data-testid=properties]")).ToHaveAttributeAsync("data-element-id", "review");
        await Expect(Shape(page, "review")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));

        // Publishing is refused: nothing is published.
        await page.FillAsync("[data-testid=publish-note]", "审核岗位待定");
        await page.ClickAsync("[data-testid=publish]");
        await Expect(page.Locator("[data-testid=designer-status]")).ToContainTextAsync("未发布");
        await Expect(page.Locator("[data-testid=problems] [data-testid=problem][data-element-id=review]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin-designer-problems");
        Assert.Single(await _hall.Services.GetRequiredService<DefinitionStore>().VersionsAsync(Workflow));

        // The draft keeps the problem: reloading shows it again.
        await page.ReloadAsync();
        await DesignerReadyAsync(page);
        await Expect(page.Locator("[data-testid=problem-badge][data-problem-for=review]")).ToBeVisibleAsync();
        await Expect(StepField(page, "review", "post")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Timers_conditions_and_countersigning_set_in_the_panel_are_what_the_engine_reads()
    {
        var page = await browser.NewPageAsync(1440, 1000);
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/workflows/standard-approval"));
        await DesignerReadyAsync(page);
        var properties = page.Locator("[data-testid=properties]");

        // A non-interrupting timer on the review step, two working days in, that leads to an end event.
        await Shape(page, "review").ClickAsync();
        await page.ClickAsync(".djs-context-pad [data-action='attach.timer']");
        await Expect(properties.Locator("[data-prop=timerKind]")).ToHaveValueAsync("timeDuration");
        var timerId = await properties.GetAttributeAsync("data-element-id");
        Assert.NotEqual("review", timerId);
        await properties.Locator("[data-prop=timerValue]").FillAsync("P2D");
        await properties.Locator("[data-prop=timerValue]").PressAsync("Tab");
        await properties.Locator("[data-prop=cancelActivity]").UncheckAsync();
        await page.ClickAsync(".djs-context-pad [data-action='append.end-event']");

        // A condition on a flow.
        await page.Locator("[data-testid=canvas] .djs-shape[data-element-id='Flow_acceptDecision_review_label']").ClickAsync();
        await Expect(properties).ToHaveAttributeAsync("data-element-id", "Flow_acceptDecision_review");
        var condition = properties.Locator("[data-prop=condition]");
        await Expect(condition).ToHaveValueAsync("${outcome == 'accept'}");
        await condition.FillAsync("${outcome == 'accept' || outcome == 'acceptPartly'}");
        await condition.PressAsync("Tab");

        // Approval by three signers, one after another.
        await Shape(page, "approve").ClickAsync();
        await properties.Locator("[data-prop=multiInstance]").CheckAsync();
        await properties.Locator("[data-prop=sequential]").CheckAsync();
        await properties.Locator("[data-prop=loopCardinality]").FillAsync("3");
        await properties.Locator("[data-prop=loopCardinality]").PressAsync("Tab");

        await page.ClickAsync("[data-testid=save-draft]");
        await Expect(page.Locator("[data-testid=designer-status]")).ToContainTextAsync("草稿已保存");
        await Expect(page.Locator("[data-testid=problems] [data-testid=no-problems]")).ToBeVisibleAsync();

        var draft = await _hall.Services.GetRequiredService<DefinitionStore>().DraftAsync(Workflow);
        var import = BpmnReader.Read(draft!.Bpmn, Workflow);
        Assert.True(import.Succeeded, string.Join("; ", import.Problems));
        var definition = import.Definition!;
        var timer = Assert.IsType<TimerBoundaryEvent>(definition.Node(timerId!));
        Assert.Equal("review", timer.AttachedToId);
        Assert.False(timer.CancelActivity);
        Assert.Equal(new TimerDefinition(TimerKind.Duration, "P2D"), timer.Timer);
        Assert.IsType<EndEvent>(definition.Node(definition.Flows.Single(f => f.SourceId == timerId).TargetId));
        Assert.Equal("${outcome == 'accept' || outcome == 'acceptPartly'}", definition.Flows.Single(f => f.Id == "Flow_acceptDecision_review").Condition);
        var approve = Assert.IsType<UserTask>(definition.Node("approve"));
        Assert.True(approve.MultiInstance!.IsSequential);
        Assert.Equal("3", approve.MultiInstance.LoopCardinality);
        Assert.Equal("leader-approval", approve.Hall.CandidatePost);
    }

    [Fact]
    public async Task Only_administrators_may_open_the_designer_or_save_and_publish()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "wang.fang");
        foreach (var path in new[] { "/admin/workflows", "/admin/workflows/standard-approval", "/admin/workflows/standard-approval/compare",
                     "/admin/workflows/standard-approval/migrate", "/admin/workflows/standard-approval/versions/1/bpmn" })
        {
            var response = await page.GotoAsync(_hall.Url(path));
            Assert.True(response!.Status == 403, $"{path}: {response.Status}");
        }
        await page.GotoAsync(_hall.Url("/admin/workflows"));
        await Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=workflow-list]").CountAsync());

        var save = await page.APIRequest.PostAsync(_hall.Url("/admin/workflows/standard-approval/draft"),
            new APIRequestContextOptions { DataObject = new { bpmn = "<x/>" } });
        Assert.Equal(403, save.Status);
        var publish = await page.APIRequest.PostAsync(_hall.Url("/admin/workflows/standard-approval/publish"),
            new APIRequestContextOptions { DataObject = new { note = "x" } });
        Assert.Equal(403, publish.Status);
        Assert.Single(await _hall.Services.GetRequiredService<DefinitionStore>().VersionsAsync(Workflow));
        Assert.Null(await _hall.Services.GetRequiredService<DefinitionStore>().DraftAsync(Workflow));
    }

    [Fact]
    public async Task A_post_without_the_pages_antiforgery_token_is_refused()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        var save = await page.APIRequest.PostAsync(_hall.Url("/admin/workflows/standard-approval/draft"),
            new APIRequestContextOptions { DataObject = new { bpmn = "<x/>" } });
        Assert.Equal(400, save.Status);
        Assert.Null(await _hall.Services.GetRequiredService<DefinitionStore>().DraftAsync(Workflow));
    }

    [Fact]
    public async Task A_new_workflow_starts_from_the_standard_template_and_an_imported_file_replaces_its_diagram()
    {
        var page = await browser.NewPageAsync(1440, 1000);
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/workflows"));
        await page.FillAsync("#new-key", "tree-felling");
        await page.FillAsync("#new-name", "林木采伐许可");
        await page.SubmitAsync("[data-testid=create-from-template]");
        Assert.EndsWith("/admin/workflows/tree-felling?created=1", page.Url);
        await DesignerReadyAsync(page);
        await Expect(page.Locator("[data-testid=workflow-name]")).ToHaveTextAsync("林木采伐许可");
        await Expect(page.Locator("[data-testid=latest-version]")).ToHaveAttributeAsync("data-version", "0");
        await Expect(page.Locator("[data-testid=steps] [data-testid=step-row]")).ToHaveCountAsync(5);
        var draft = await _hall.Services.GetRequiredService<DefinitionStore>().DraftAsync("tree-felling");
        Assert.NotNull(draft);
        Assert.Equal("林木采伐许可", draft.Name);

        // A file from another modeler becomes a new workflow under its process id.
        var file = Path.Combine(Path.GetTempPath(), $"imported-{Guid.NewGuid():N}.bpmn");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(Path.Combine(SamplesFolder(), "instant-handling.bpmn")))
            .Replace("id=\"instant-handling\"", "id=\"imported-flow\"").Replace("bpmnElement=\"instant-handling\"", "bpmnElement=\"imported-flow\""));
        await page.GotoAsync(_hall.Url("/admin/workflows"));
        await page.SetInputFilesAsync("#new-file", file);
        await page.SubmitAsync("[data-testid=create-from-file]");
        File.Delete(file);
        Assert.EndsWith("/admin/workflows/imported-flow?created=1", page.Url);
        await DesignerReadyAsync(page);
        await Expect(page.Locator("[data-testid=steps] [data-testid=step-row]")).ToHaveCountAsync(2);

        // A taken key is refused with a reason.
        await page.GotoAsync(_hall.Url("/admin/workflows"));
        await page.FillAsync("#new-key", "standard-approval");
        await page.FillAsync("#new-name", "重复");
        await page.SubmitAsync("[data-testid=create-from-template]");
        await Expect(page.Locator("[data-testid=error]")).ToHaveAttributeAsync("data-error-code", "workflow.exists");

        // Importing a file into the designer replaces the diagram; saving keeps the workflow's key.
        await page.GotoAsync(_hall.Url("/admin/workflows/tree-felling"));
        await DesignerReadyAsync(page);
        await page.SetInputFilesAsync("[data-testid=import-file]", Path.Combine(SamplesFolder(), "instant-handling.bpmn"));
        await Expect(page.Locator("[data-testid=designer-status]")).ToContainTextAsync("已导入 instant-handling.bpmn");
        await Expect(page.Locator("[data-testid=steps] [data-testid=step-row]")).ToHaveCountAsync(2);
        await page.ClickAsync("[data-testid=save-draft]");
        await Expect(page.Locator("[data-testid=designer-status]")).ToContainTextAsync("草稿已保存");
        var saved = await _hall.Services.GetRequiredService<DefinitionStore>().DraftAsync("tree-felling");
        Assert.Equal(2, saved!.Revision);
        Assert.Null(await _hall.Services.GetRequiredService<DefinitionStore>().DraftAsync("instant-handling"));
        var import = BpmnReader.Read(saved.Bpmn, "tree-felling");
        Assert.True(import.Succeeded, string.Join("; ", import.Problems));
        Assert.Equal(2, import.Definition!.Nodes.OfType<UserTask>().Count());
    }

    [Fact]
    public async Task The_designer_speaks_english_on_an_english_page()
    {
        var page = await browser.NewPageAsync(1440, 1000);
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/workflows/standard-approval?culture=en"));
        await DesignerReadyAsync(page);
        Assert.Equal("Create user task", await page.GetAttributeAsync(".djs-palette [data-action='create.user-task']", "aria-label"));
        await Expect(page.Locator("[data-testid=steps-table] th").First).ToHaveTextAsync("Step");
        await Expect(page.Locator("[data-testid=save-draft]")).ToContainTextAsync("Save draft");
        await Shape(page, "accept").ClickAsync();
        await Expect(page.Locator("[data-testid=properties] label[for='hall-prop-timeLimit']")).ToHaveTextAsync("Time limit");
        await Expect(page.Locator("[data-testid=properties] [data-prop=timeLimitUnit] option:checked")).ToHaveTextAsync("Working days");
    }

    [Fact]
    public async Task An_earlier_version_comes_back_as_the_draft()
    {
        var definitions = _hall.Services.GetRequiredService<DefinitionStore>();
        var v1 = await definitions.GetAsync(Workflow, 1);
        var changed = v1!.Record.Bpmn.Replace("hall:timeLimit=\"10\" hall:timeLimitUnit=\"workingDays\" hall:warningBefore=\"2\"\n                   hall:actions=\"review,return\"",
            "hall:timeLimit=\"8\" hall:timeLimitUnit=\"workingDays\" hall:warningBefore=\"2\"\n                   hall:actions=\"review,return\"");
        Assert.NotEqual(v1.Record.Bpmn, changed);
        Assert.True((await definitions.SaveDraftAsync(changed, "qian.lei", Workflow)).Saved);
        Assert.NotNull((await definitions.PublishAsync(Workflow, "qian.lei", "审核8日")).Published);

        var page = await browser.NewPageAsync(1440, 1000);
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/workflows/standard-approval"));
        await DesignerReadyAsync(page);
        await Expect(StepField(page, "review", "timeLimit")).ToHaveValueAsync("8");
        await page.SubmitAsync("[data-testid=version-row][data-version='1'] [data-testid=revert]");
        await Expect(page.Locator("[data-testid=reverted]")).ToBeVisibleAsync();
        await DesignerReadyAsync(page);
        await Expect(StepField(page, "review", "timeLimit")).ToHaveValueAsync("10");
        Assert.Equal(v1.Record.Bpmn, (await definitions.DraftAsync(Workflow))!.Bpmn);
    }

    private static ILocator StepField(IPage page, string taskId, string field) =>
        page.Locator($"[data-testid=steps] [data-testid=step-row][data-element-id='{taskId}'] [data-field='{field}']");

    private static ILocator Shape(IPage page, string elementId) =>
        page.Locator($"[data-testid=canvas] .djs-element.djs-shape[data-element-id='{elementId}']");

    private static async Task DesignerReadyAsync(IPage page)
    {
        await Expect(page.Locator("[data-testid=designer]")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(page.Locator("[data-testid=canvas] .djs-container")).ToBeVisibleAsync();
    }

    private static DateTime Due(DateTime openedAt, int workingDays, WorkingDayCalendar calendar) =>
        TimeLimitCalculator.Due(new DateTimeOffset(DateTime.SpecifyKind(openedAt, DateTimeKind.Utc)), new TimeLimit(workingDays, TimeLimitUnit.WorkingDays), calendar)
            .At.UtcDateTime;

    private static string SamplesFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "hall", "workflows");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("samples/hall/workflows");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
