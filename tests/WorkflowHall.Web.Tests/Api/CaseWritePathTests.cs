using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

/// <summary>Issue 11, findings 2–4: every door to a case goes through the case service and its rules, on each database.</summary>
public sealed class CaseWritePathTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task What_was_seen_through_the_work_item_api_is_refused_and_changes_nothing(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var submitted = await OpenItemAsync(node, node.Case.Id);
        var accepted = await OpenItemAsync(node, node.Accepted.Id);
        var before = await SnapshotAsync(node);

        var claim = await node.Client("key-yang").PostAsync($"/api/work-items/{node.Case.Id}/{submitted}/claim", null);
        var bareRefusal = await node.Client("key-wang-fang").PostJsonAsync($"/api/work-items/{node.Case.Id}/{submitted}/complete", new { outcome = "refuseAccept" });
        var review = await node.Client("key-wang-fang").PostJsonAsync($"/api/work-items/{node.Accepted.Id}/{accepted}/complete", new { outcome = "review", opinion = "同意" });
        var approve = await node.Client("key-zhao").PostJsonAsync($"/api/work-items/{node.Accepted.Id}/{accepted}/complete", new { outcome = "approve" });
        var variables = await node.Client("key-chen").PostJsonAsync($"/api/work-items/{node.Accepted.Id}/{accepted}/complete",
            new { outcome = "review", variables = new { units = new { handling = "bz" } } });

        Assert.Contains("yang.jianjun 不在 bz-qc-forestry 或其上级单位的“window-acceptance”岗位", (await claim.ExpectAsync(403)).Text("messageZh"));
        Assert.Equal("不予受理须写明理由和法律依据", (await bareRefusal.ExpectAsync(422)).Text("messageZh"));
        Assert.Contains("wang.fang 不在 bz-qc-forestry 或其上级单位的“section-review”岗位", (await review.ExpectAsync(403)).Text("messageZh"));
        Assert.NotEqual(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal("case.variables", (await variables.ExpectAsync(422)).Text("code"));
        Assert.Equal(before, await SnapshotAsync(node));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Completing_each_stage_through_the_api_moves_the_case_row_as_the_page_does(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var id = node.Accepted.Id;

        await Complete(node, "key-chen", id, new { outcome = "review", opinion = "符合条件" });
        Assert.Equal("InReview", (await CaseAsync(node, id)).Status);
        await Complete(node, "key-yang", id, new { outcome = "approve", opinion = "准予" });
        var approved = await CaseAsync(node, id);
        Assert.Equal("Approved", approved.Status);
        Assert.NotNull(approved.DecidedAt);
        await Complete(node, "key-huang", id, new { outcome = "issue", opinion = "电子证照" });
        var closed = await CaseAsync(node, id);
        Assert.Equal("Closed", closed.Status);
        Assert.NotNull(closed.ClosedAt);
        Assert.NotNull(closed.SuperviseAt);
        await using var db = await Db(node);
        Assert.True(await db.Certificates.AnyAsync(c => c.CaseId == id));

        var refused = await Complete(node, "key-wang-fang", node.Case.Id,
            new { outcome = "refuseAccept", reason = "申请事项不属于本机关职权范围", legalBasis = "《中华人民共和国行政许可法》第三十二条" });
        Assert.Equal("Completed", refused.Text("status"));
        var notAccepted = await CaseAsync(node, node.Case.Id);
        Assert.Equal(("NotAccepted", "申请事项不属于本机关职权范围"), (notAccepted.Status, notAccepted.DecisionReason));
        Assert.NotNull(notAccepted.DecidedAt);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Withdrawing_through_the_api_is_the_applicants_with_a_reason_and_the_case_follows(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var url = $"/api/instances/{node.Case.Id}/withdraw";

        var byClerk = await node.Client("key-wang-fang").PostJsonAsync(url, new { reason = "代为撤回" });
        var noReason = await node.Client("key-liu").PostJsonAsync(url, new { });
        Assert.Equal("只有申请人或其代办员可以撤回申请", (await byClerk.ExpectAsync(403)).Text("messageZh"));
        Assert.Equal("撤回申请须说明理由", (await noReason.ExpectAsync(422)).Text("messageZh"));
        Assert.Equal("Submitted", (await CaseAsync(node, node.Case.Id)).Status);

        var done = await (await node.Client("key-liu").PostJsonAsync(url, new { reason = "情况变化，不再申请" })).ExpectAsync(200);
        Assert.Equal("Withdrawn", done.Text("status"));
        Assert.Equal("Withdrawn", (await CaseAsync(node, node.Case.Id)).Status);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bare_instances_start_only_for_administrators_in_known_units_with_sound_variables(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var admin = node.Client("key-qian");
        var instancesBefore = await CountAsync(node);

        var applicant = await node.Client("key-liu").PostJsonAsync("/api/instances", new { definitionKey = "bridge-approval", handlingUnit = "bz-qc-forestry" });
        var clerk = await node.Client("key-wang-fang").PostJsonAsync("/api/instances", new { definitionKey = "bridge-approval", handlingUnit = "bz-qc-forestry" });
        var nowhere = await admin.PostJsonAsync("/api/instances", new { definitionKey = "bridge-approval", handlingUnit = "no-such-unit" });
        var matter = await admin.PostJsonAsync("/api/instances", new { definitionKey = "standard-approval", handlingUnit = "bz-qc-forestry" });
        var typed = await admin.PostJsonAsync("/api/instances", new { definitionKey = "bridge-approval", handlingUnit = "bz-qc-forestry", variables = new { applicant = 42 } });
        var huge = await admin.PostJsonAsync("/api/instances",
            new { definitionKey = "bridge-approval", handlingUnit = "bz-qc-forestry", variables = new { note = new string('x', 5 * 1024 * 1024) } });
        var deep = await admin.PostJsonAsync("/api/instances", new
        {
            definitionKey = "bridge-approval", handlingUnit = "bz-qc-forestry",
            variables = new Dictionary<string, object> { ["tree"] = JsonSerializer.Deserialize<JsonElement>(new string('[', 20) + new string(']', 20)) },
        });

        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Contains("不在组织机构中", (await nowhere.ExpectAsync(422)).Text("messageZh"));
        Assert.Contains("/apply", (await matter.ExpectAsync(409)).Text("messageZh"));
        Assert.Equal("variables.type", (await typed.ExpectAsync(422)).Text("code"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("variables.depth", (await deep.ExpectAsync(422)).Text("code"));
        Assert.Equal(instancesBefore, await CountAsync(node));

        await (await admin.PostJsonAsync("/api/instances", new { definitionKey = "bridge-approval", handlingUnit = "bz-qc-forestry", variables = new { applicant = "liu.weidong" } }))
            .ExpectAsync(201);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_runtime_refuses_a_command_on_a_case_that_does_not_come_through_the_case_service(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var runtime = node.Node.Services.GetRequiredService<WorkflowRuntime>();
        var before = await SnapshotAsync(node);

        var outcome = await runtime.ExecuteAsync(node.Case.Id, new WithdrawInstance("liu.weidong") { Reason = "绕过办件服务" });

        Assert.Equal(OutcomeKind.Rejected, outcome.Kind);
        Assert.Contains("只能通过办件服务办理", outcome.Rejection!.MessageZh);
        Assert.Contains(node.Case.CaseNumber, outcome.Rejection.MessageZh);
        Assert.Equal(before, await SnapshotAsync(node));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_timer_on_a_case_fires_and_the_case_row_follows_its_instance(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var admin = node.Client("key-qian");
        // Version 2 of the matter's workflow: acceptance not done within a second ends the case.
        var timed = SampleBpmn.Standard().Replace("</bpmn:process>", """
                <bpmn:boundaryEvent id="acceptLate" attachedToRef="accept" cancelActivity="true">
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1S</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:endEvent id="expired" name="超时终止"/>
                <bpmn:sequenceFlow id="fLate" sourceRef="acceptLate" targetRef="expired"/>
              </bpmn:process>
            """);
        await (await admin.PostXmlAsync("/api/definitions", timed)).ExpectAsync(200);
        await (await admin.PostJsonAsync("/api/definitions/standard-approval/publish", new { })).ExpectAsync(201);
        var c = await node.ApplyAgainAsync();
        var before = await CaseAsync(node, c.Id);
        var runtime = node.Node.Services.GetRequiredService<WorkflowRuntime>();

        // The timer falls due a second after the application; the job's pass that finds it due fires it.
        var fired = 0;
        for (var pass = 0; pass < 100 && fired == 0; pass++)
        {
            await Task.Delay(200);
            fired = await runtime.FireDueTimersAsync();
        }
        Assert.Equal(1, fired);

        var after = await CaseAsync(node, c.Id);
        var instance = await (await admin.GetAsync($"/api/instances/{c.Id}?trail=false")).ExpectAsync(200);
        Assert.Equal(("Completed", "expired"), (instance.Text("status"), instance.Text("endNodeId")));
        var derived = Domain.Cases.CaseStatusRules.Derive(
            Engine.Execution.InstanceStateJson.Deserialize((await runtime.FindAsync(c.Id))!.StateJson), false);
        Assert.Equal(derived.ToString(), after.Status);
        Assert.NotEqual(before.Status, after.Status);
        Assert.NotNull(after.ClosedAt);
        Assert.Equal(before.Revision + 1, after.Revision);
        Assert.True(after.SuperviseAt > before.SuperviseAt);
    }

    private static async Task<JsonElement> Complete(CaseApiFixture node, string key, string instanceId, object body)
    {
        var item = await OpenItemAsync(node, instanceId);
        return await (await node.Client(key).PostJsonAsync($"/api/work-items/{instanceId}/{item}/complete", body)).ExpectAsync(200);
    }

    private static async Task<string> OpenItemAsync(CaseApiFixture node, string instanceId) =>
        (await (await node.Client("key-qian").GetAsync($"/api/instances/{instanceId}")).ExpectAsync(200)).GetProperty("workItems")[0].Text("id");

    private static async Task<HallDbContext> Db(CaseApiFixture node) =>
        await node.Node.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();

    private static async Task<CaseRecord> CaseAsync(CaseApiFixture node, string id)
    {
        await using var db = await Db(node);
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private static async Task<int> CountAsync(CaseApiFixture node)
    {
        await using var db = await Db(node);
        return await db.Instances.CountAsync();
    }

    /// <summary>The case rows, instance revisions and inbox as a user would notice them.</summary>
    private static async Task<string> SnapshotAsync(CaseApiFixture node)
    {
        await using var db = await Db(node);
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Status, c.Revision, c.DecidedAt, c.SuperviseAt }).ToListAsync();
        var instances = await db.Instances.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Status, i.Revision }).ToListAsync();
        var inbox = await db.WorkItems.AsNoTracking().OrderBy(w => w.Id).Select(w => new { w.Id, w.Status, w.Assignee }).ToListAsync();
        return JsonSerializer.Serialize(new { cases, instances, inbox });
    }
}
