using System.Net;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

// Inside the namespace: WorkflowHall.Web.Cases (the case pages) would otherwise hide the test helper.
using Cases = WorkflowHall.Web.Tests.Infrastructure.Cases;

public sealed class WorkItemApiTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    private readonly HttpClient _clerk = factory.Client(HallApiFactory.ClerkKey);

    [Fact]
    public async Task A_case_runs_from_start_to_closed_over_http_and_its_trail_verifies()
    {
        var unit = Cases.Unit;
        var started = await Cases.StartAsync(factory, unit);
        var id = started.Text("id");
        Assert.Equal("integration-bridge", started.Text("startedBy"));
        Assert.Equal(1, started.Int("definitionVersion"));

        var inbox = await (await _clerk.GetAsync($"/api/work-items?post=window-acceptance&unit={unit}&pageSize=200")).ExpectAsync(200);
        var row = Assert.Single(inbox.GetProperty("items").EnumerateArray(), r => r.Text("instanceId") == id);
        Assert.Equal("受理", row.Text("nodeName"));
        Assert.Equal(unit, row.Text("handlingUnit"));

        var item = Cases.OpenItem(started);
        foreach (var (node, outcome) in new[] { ("accept", "accept"), ("review", "review"), ("approve", "approve"), ("issue", "issue") })
        {
            Assert.Equal(node, item.Text("nodeId"));
            var done = await Cases.CompleteAsync(_clerk, id, item, outcome);
            if (node != "issue") item = Cases.OpenItem(done);
        }

        var instance = await (await _clerk.GetAsync($"/api/instances/{id}")).ExpectAsync(200);
        Assert.Equal("Completed", instance.Text("status"));
        Assert.Equal("closed", instance.Text("endNodeId"));
        Assert.Empty(instance.GetProperty("workItems").EnumerateArray());
        var trail = instance.GetProperty("trail").EnumerateArray().ToList();
        Assert.Equal(instance.GetProperty("trailLength").GetInt64(), trail.Count);
        Assert.Contains(trail, e => e.Text("kind") == "WorkItemCompleted" && e.Text("actor") == "clerk-zhang" && e.Text("outcome") == "issue");

        var verification = await (await _clerk.PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200);
        Assert.True(verification.GetProperty("chainIntact").GetBoolean());
        Assert.True(verification.GetProperty("replayMatches").GetBoolean());
        Assert.Equal(trail.Count, verification.Int("eventCount"));
    }

    [Fact]
    public async Task Two_clerks_completing_the_same_item_at_once_one_wins_and_the_other_is_told_who()
    {
        var started = await Cases.StartAsync(factory);
        var id = started.Text("id");
        var url = Cases.ItemUrl(id, Cases.OpenItem(started), "complete");
        var clerks = new[] { ("clerk-zhang", factory.Client(HallApiFactory.ClerkKey)), ("clerk-li", factory.Client(HallApiFactory.SecondClerkKey)) };

        var responses = await Task.WhenAll(clerks.Select(c => c.Item2.PostJsonAsync(url, new { outcome = "accept", opinion = c.Item1 + " 受理" })));

        var statuses = responses.Select(r => (int)r.StatusCode).Order().ToArray();
        Assert.Equal([200, 409], statuses);
        var winner = clerks[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)].Item1;
        var problem = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).JsonAsync();
        Assert.Equal("WorkItemAlreadyClosed", problem.Text("code"));
        Assert.Contains(winner, problem.Text("messageZh"));
        Assert.Contains(winner, problem.Text("messageEn"));
        Assert.Contains(winner, problem.Text("detail"));

        var instance = await (await _clerk.GetAsync($"/api/instances/{id}")).ExpectAsync(200);
        Assert.Single(instance.GetProperty("trail").EnumerateArray(), e => e.Text("kind") == "WorkItemCompleted");
    }

    [Fact]
    public async Task Completing_with_a_stale_revision_is_a_409_and_changes_nothing()
    {
        var started = await Cases.StartAsync(factory);
        var id = started.Text("id");
        var seen = started.Int("revision");
        var accepted = await Cases.CompleteAsync(_clerk, id, Cases.OpenItem(started), "accept");

        var response = await _clerk.PostJsonAsync(Cases.ItemUrl(id, Cases.OpenItem(accepted), "complete"),
            new { outcome = "review", expectedRevision = seen });

        var problem = await response.ExpectAsync(409);
        Assert.Equal("StaleRevision", problem.Text("code"));
        var instance = await (await _clerk.GetAsync($"/api/instances/{id}?trail=false")).ExpectAsync(200);
        Assert.Equal(accepted.Int("revision"), instance.Int("revision"));
        Assert.False(instance.TryGetProperty("trail", out _));
    }

    [Fact]
    public async Task An_outcome_the_step_does_not_allow_is_a_422_naming_the_step()
    {
        var started = await Cases.StartAsync(factory);

        var response = await _clerk.PostJsonAsync(Cases.ItemUrl(started.Text("id"), Cases.OpenItem(started), "complete"), new { outcome = "approve" });

        var problem = await response.ExpectAsync(422);
        Assert.Equal("ActionNotAllowed", problem.Text("code"));
        Assert.Equal("accept", problem.Text("elementId"));
        Assert.Equal("本步骤不允许该操作", problem.Text("title"));
        Assert.Contains(" / ", problem.Text("detail"));
        Assert.Equal(problem.Text("messageZh") + " / " + problem.Text("messageEn"), problem.Text("detail"));
    }

    [Fact]
    public async Task A_claimed_item_shows_in_the_claimers_inbox_and_a_return_goes_back_to_acceptance()
    {
        var started = await Cases.StartAsync(factory);
        var id = started.Text("id");
        var accepted = await Cases.CompleteAsync(_clerk, id, Cases.OpenItem(started), "accept");
        var review = Cases.OpenItem(accepted);

        var claimed = await (await _clerk.PostAsync(Cases.ItemUrl(id, review, "claim"), null)).ExpectAsync(200);
        Assert.Equal("clerk-zhang", Cases.OpenItem(claimed).Text("assignee"));
        var mine = await (await _clerk.GetAsync("/api/work-items?assignee=me")).ExpectAsync(200);
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), r => r.Text("instanceId") == id && r.Text("nodeId") == "review");
        var others = await _clerk.GetAsync("/api/work-items?assignee=clerk-li");
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);

        var invalid = await _clerk.PostJsonAsync(Cases.ItemUrl(id, review, "return"), new { targetNodeId = "issue", opinion = "退回" });
        Assert.Equal("InvalidReturnTarget", (await invalid.ExpectAsync(422)).Text("code"));

        var returned = await (await _clerk.PostJsonAsync(Cases.ItemUrl(id, review, "return"), new { targetNodeId = "accept", opinion = "材料需核实" }))
            .ExpectAsync(200);
        Assert.Equal("accept", Cases.OpenItem(returned).Text("nodeId"));
        Assert.Contains(returned.GetProperty("events").EnumerateArray(), e => e.Text("kind") == "ReturnedToStep" && e.Text("opinion") == "材料需核实");
    }

    [Fact]
    public async Task A_withdrawn_case_takes_no_more_work()
    {
        var integration = factory.Client(HallApiFactory.IntegrationKey);
        var started = await Cases.StartAsync(factory);
        var id = started.Text("id");

        var withdrawn = await (await integration.PostJsonAsync($"/api/instances/{id}/withdraw", new { reason = "不再需要" })).ExpectAsync(200);
        var late = await _clerk.PostJsonAsync(Cases.ItemUrl(id, Cases.OpenItem(started), "complete"), new { outcome = "accept" });

        Assert.Equal("Withdrawn", withdrawn.Text("status"));
        Assert.Equal("InstanceNotRunning", (await late.ExpectAsync(409)).Text("code"));
    }

    [Fact]
    public async Task Unknown_instances_and_definitions_are_404()
    {
        var instance = await _clerk.GetAsync("/api/instances/no-such-instance");
        var start = await factory.Client(HallApiFactory.IntegrationKey).PostJsonAsync("/api/instances", new { definitionKey = "no-such-process", handlingUnit = Cases.Unit });
        var item = await _clerk.PostJsonAsync("/api/work-items/no-such-instance/wi1/complete", new { outcome = "accept" });

        Assert.Equal("NotFound", (await instance.ExpectAsync(404)).Text("code"));
        Assert.Equal("NotFound", (await start.ExpectAsync(404)).Text("code"));
        Assert.Equal("NotFound", (await item.ExpectAsync(404)).Text("code"));
    }

    [Fact]
    public async Task A_body_that_is_not_valid_json_is_a_400_problem()
    {
        var response = await factory.Client(HallApiFactory.IntegrationKey).PostAsync("/api/instances",
            new StringContent("{definitionKey:", System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ExpectAsync(400);
        Assert.Equal("BadRequest", problem.Text("code"));
    }
}
