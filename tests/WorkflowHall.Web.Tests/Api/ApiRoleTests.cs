using System.Net;
using System.Text.Json;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

// Inside the namespace: WorkflowHall.Web.Cases (the case pages) would otherwise hide the test helper.
using Cases = WorkflowHall.Web.Tests.Infrastructure.Cases;

/// <summary>
/// Every API call checks the role and the unit: applicants start no bare instance, withdraw their own and act on
/// no work item; auditors read; clerks act within the units of their posts; administrators everywhere.
/// </summary>
public sealed class ApiRoleTests(CaseApiFixture hall) : IClassFixture<CaseApiFixture>
{
    private const string Forestry = "bz-qc-forestry";

    [Fact]
    public async Task An_applicant_starts_no_bare_instance_and_acts_on_no_work_item()
    {
        var applicant = hall.Client(HallApiFactory.ApplicantKey);
        var own = await (await hall.Client("key-qian").PostJsonAsync("/api/instances", Start(Forestry, applicant: "applicant-wang"))).ExpectAsync(201);

        var forOther = await applicant.PostJsonAsync("/api/instances", Start(Forestry, applicant: "zhang.li"));
        var forSelf = await applicant.PostJsonAsync("/api/instances", Start(Forestry, applicant: "applicant-wang"));
        var id = own.Text("id");
        var item = own.GetProperty("workItems")[0];
        var complete = await applicant.PostJsonAsync($"/api/work-items/{id}/{item.Text("id")}/complete", new { outcome = "accept" });
        var claim = await applicant.PostAsync($"/api/work-items/{id}/{item.Text("id")}/claim", null);
        var inbox = await applicant.GetAsync($"/api/work-items?post=window-acceptance&unit={Forestry}");

        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forSelf.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, complete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, inbox.StatusCode);
        var after = await (await hall.Client("key-qian").GetAsync($"/api/instances/{id}")).ExpectAsync(200);
        Assert.Equal(own.Int("revision"), after.Int("revision"));
        Assert.Equal("accept", after.GetProperty("workItems")[0].Text("nodeId"));
    }

    [Fact]
    public async Task An_applicant_neither_reads_nor_withdraws_someone_elses_instance()
    {
        var started = await (await hall.Client("key-qian").PostJsonAsync("/api/instances", Start(Forestry, applicant: "zhang.li"))).ExpectAsync(201);
        var id = started.Text("id");
        var applicant = hall.Client(HallApiFactory.ApplicantKey);

        var read = await applicant.GetAsync($"/api/instances/{id}");
        var withdraw = await applicant.PostJsonAsync($"/api/instances/{id}/withdraw", new { reason = "不是我的" });

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.DoesNotContain("zhang.li", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.Equal("Running", (await (await hall.Client("key-qian").GetAsync($"/api/instances/{id}")).ExpectAsync(200)).Text("status"));
    }

    [Fact]
    public async Task An_auditor_reads_and_verifies_but_neither_acts_nor_withdraws_nor_starts()
    {
        var started = await (await hall.Client("key-qian").PostJsonAsync("/api/instances", Start(Forestry))).ExpectAsync(201);
        var id = started.Text("id");
        var auditor = hall.Client("key-feng");

        var read = await auditor.GetAsync($"/api/instances/{id}");
        var verify = await auditor.PostAsync($"/api/instances/{id}/verify", null);
        var complete = await auditor.PostJsonAsync($"/api/work-items/{id}/{started.GetProperty("workItems")[0].Text("id")}/complete", new { outcome = "accept" });
        var withdraw = await auditor.PostJsonAsync($"/api/instances/{id}/withdraw", new { reason = "审计" });
        var start = await auditor.PostJsonAsync("/api/instances", Start(Forestry));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.True((await verify.ExpectAsync(200)).GetProperty("chainIntact").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, complete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
    }

    [Fact]
    public async Task A_clerk_acts_within_the_units_of_their_posts_and_the_units_below_them()
    {
        var started = await (await hall.Client("key-qian").PostJsonAsync("/api/instances", Start(Forestry))).ExpectAsync(201);
        var id = started.Text("id");
        var accept = $"/api/work-items/{id}/{started.GetProperty("workItems")[0].Text("id")}/complete";
        var otherUnit = hall.Client("key-zhou"); // window clerk of the city's emergency bureau

        var foreignComplete = await otherUnit.PostJsonAsync(accept, new { outcome = "accept", opinion = "越权受理" });
        var foreignRead = await otherUnit.GetAsync($"/api/instances/{id}");
        var foreignInbox = await otherUnit.GetAsync($"/api/work-items?post=window-acceptance&unit={Forestry}");
        var foreignStart = await otherUnit.PostJsonAsync("/api/instances", Start(Forestry));
        var ownInbox = await otherUnit.GetAsync("/api/work-items?post=window-acceptance&unit=bz-emergency");
        var supervisorRead = await hall.Client("key-zhao").GetAsync($"/api/instances/{id}"); // district supervision, above the bureau
        var accepted = await hall.Client("key-wang-fang").PostJsonAsync(accept, new { outcome = "accept", opinion = "予以受理" });

        Assert.Contains(Forestry, (await foreignComplete.ExpectAsync(403)).Text("detail"));
        Assert.Equal(HttpStatusCode.Forbidden, foreignRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignInbox.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignStart.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownInbox.StatusCode);
        Assert.Equal(HttpStatusCode.OK, supervisorRead.StatusCode);
        var done = await accepted.ExpectAsync(200);
        Assert.Contains(done.GetProperty("events").EnumerateArray(), e => e.Text("kind") == "WorkItemCompleted" && e.Text("actor") == "wang.fang");
    }

    [Theory]
    [InlineData(HallApiFactory.ApplicantKey, 403, 403)]
    [InlineData("key-feng", 200, 403)]
    [InlineData(HallApiFactory.ClerkKey, 200, 403)]
    [InlineData(HallApiFactory.AdminKey, 200, 200)]
    public async Task Definitions_are_read_by_staff_and_imported_by_administrators(string key, int read, int validate)
    {
        var client = hall.Client(key);

        var list = await client.GetAsync("/api/definitions");
        var check = await client.PostXmlAsync("/api/definitions/validate", SampleBpmn.Standard());

        Assert.Equal((read, validate), ((int)list.StatusCode, (int)check.StatusCode));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_checks_hold_on_each_database(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var url = "/api/cases/" + node.Case.CaseNumber;

        var owner = await (await node.Client("key-liu").GetAsync(url)).ExpectAsync(200);
        var clerk = await (await node.Client("key-wang-fang").GetAsync(url)).ExpectAsync(200);
        var stranger = await node.Client("key-zhou").GetAsync(url);
        var inbox = await (await node.Client("key-wang-fang").GetAsync($"/api/work-items?post=window-acceptance&unit={Forestry}")).ExpectAsync(200);
        var item = inbox.GetProperty("items").EnumerateArray().Single(i => i.Text("instanceId") == node.Case.Id);
        var foreign = await node.Client("key-zhou").PostAsync($"/api/work-items/{node.Case.Id}/{item.Text("workItemId")}/claim", null);

        Assert.Equal("3416**********0531", owner.GetProperty("applicant").Text("number"));
        Assert.Equal(("3416**********0531", "刘卫东"), (clerk.GetProperty("applicant").Text("number"), clerk.GetProperty("applicant").Text("name")));
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    private static object Start(string unit, string? applicant = null) => new
    {
        definitionKey = Cases.Definition,
        handlingUnit = unit,
        businessKey = "申请-" + Guid.NewGuid().ToString("N")[..8],
        variables = applicant is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["applicant"] = applicant },
    };
}
