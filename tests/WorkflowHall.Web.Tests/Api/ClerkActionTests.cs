using System.Text.Json;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

// Inside the namespace: WorkflowHall.Web.Cases (the case pages) would otherwise hide the test helper.
using Cases = WorkflowHall.Web.Tests.Infrastructure.Cases;

public sealed class ClerkActionTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    private readonly HttpClient _zhang = factory.Client(HallApiFactory.ClerkKey);
    private readonly HttpClient _li = factory.Client(HallApiFactory.SecondClerkKey);

    [Fact]
    public async Task Delegate_resolve_reassign_and_changing_countersigners_work_over_http()
    {
        var admin = factory.Client(HallApiFactory.AdminKey);
        await (await admin.PostXmlAsync("/api/definitions", SampleBpmn.JointReview)).ExpectAsync(200);
        await (await admin.PostJsonAsync("/api/definitions/joint-review/publish", new { })).ExpectAsync(201);
        var started = await (await factory.Client(HallApiFactory.IntegrationKey).PostJsonAsync("/api/instances", new
        {
            definitionKey = "joint-review",
            handlingUnit = Cases.Unit,
            variables = new { signers = new[] { "clerk-zhang", "clerk-li" } },
        })).ExpectAsync(201);
        var id = started.Text("id");
        var prepare = Cases.OpenItem(started);

        await (await _zhang.PostAsync(Cases.ItemUrl(id, prepare, "claim"), null)).ExpectAsync(200);
        var delegated = await (await _zhang.PostJsonAsync(Cases.ItemUrl(id, prepare, "delegate"), new { @delegate = "clerk-li", reason = "请协助核对" }))
            .ExpectAsync(200);
        Assert.Equal("Delegated", Cases.OpenItem(delegated).Text("status"));
        var early = await _zhang.PostJsonAsync(Cases.ItemUrl(id, prepare, "complete"), new { outcome = "complete" });
        Assert.Equal("DelegationPending", (await early.ExpectAsync(409)).Text("code"));

        var resolved = await (await _li.PostJsonAsync(Cases.ItemUrl(id, prepare, "resolve"), new { opinion = "已核对" })).ExpectAsync(200);
        Assert.Equal("clerk-zhang", Cases.OpenItem(resolved).Text("assignee"));
        var reassigned = await (await _zhang.PostJsonAsync(Cases.ItemUrl(id, prepare, "reassign"), new { assignee = "clerk-li", reason = "轮岗" }))
            .ExpectAsync(200);
        Assert.Equal("clerk-li", Cases.OpenItem(reassigned).Text("assignee"));
        var prepared = await (await _li.PostJsonAsync(Cases.ItemUrl(id, prepare, "complete"), new { outcome = "complete" })).ExpectAsync(200);
        Assert.Equal(2, prepared.GetProperty("workItems").GetArrayLength());

        var mine = ItemOf(prepared, "clerk-zhang");
        var added = await (await _zhang.PostJsonAsync(Cases.ItemUrl(id, mine, "signers"), new { signers = new[] { "admin" }, reason = "涉及消防" }))
            .ExpectAsync(200);
        Assert.Equal(3, added.GetProperty("workItems").GetArrayLength());
        var removeRequest = new HttpRequestMessage(HttpMethod.Delete, Cases.ItemUrl(id, mine, "signers"))
        {
            Content = JsonContent(new { signer = "admin", reason = "回避" }),
        };
        var removed = await (await _zhang.SendAsync(removeRequest)).ExpectAsync(200);
        Assert.Equal(2, removed.GetProperty("workItems").GetArrayLength());

        await Cases.CompleteAsync(_zhang, id, ItemOf(removed, "clerk-zhang"), "approve");
        var done = await Cases.CompleteAsync(_li, id, ItemOf(removed, "clerk-li"), "approve");
        Assert.Equal("Completed", done.Text("status"));

        var trail = (await (await _zhang.GetAsync($"/api/instances/{id}")).ExpectAsync(200)).GetProperty("trail").EnumerateArray().ToList();
        Assert.Contains(trail, e => e.Text("kind") == "WorkItemDelegated" && e.Text("actor") == "clerk-zhang");
        Assert.Contains(trail, e => e.Text("kind") == "DelegationResolved" && e.Text("actor") == "clerk-li");
        Assert.Contains(trail, e => e.Text("kind") == "SignerRemoved" && e.Text("actor") == "clerk-zhang");
        Assert.True((await (await _zhang.PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200)).GetProperty("valid").GetBoolean());
    }

    private static JsonElement ItemOf(JsonElement response, string assignee) =>
        response.GetProperty("workItems").EnumerateArray().Single(w => w.TryGetProperty("assignee", out var a) && a.GetString() == assignee);

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
