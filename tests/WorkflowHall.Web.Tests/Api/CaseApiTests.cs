using System.Net;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

/// <summary>
/// Other systems read a case by its number: status, open steps and due dates, to those the case concerns;
/// the applicant's number and phone masked at this door for everyone (the full data only through the logged reveal).
/// </summary>
public sealed class CaseApiTests(CaseApiFixture hall) : IClassFixture<CaseApiFixture>
{
    private string Url => "/api/cases/" + hall.Case.CaseNumber;

    [Fact]
    public async Task The_applicant_reads_their_case_with_its_step_and_due_dates_and_their_own_number_masked()
    {
        var body = await (await hall.Client("key-liu").GetAsync(Url)).ExpectAsync(200);

        Assert.Equal(hall.Case.CaseNumber, body.Text("caseNumber"));
        Assert.Equal("Submitted", body.Text("status"));
        Assert.Equal("已申请", body.Text("statusName"));
        Assert.Equal("bz-qc-forestry", body.Text("handlingUnit"));
        Assert.Equal("亳州市谯城区林业局", body.Text("handlingUnitName"));
        var step = Assert.Single(body.GetProperty("steps").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(step.Text("name")));
        Assert.True(step.GetProperty("dueAt").GetDateTimeOffset() > step.GetProperty("openedAt").GetDateTimeOffset());
        Assert.False(body.TryGetProperty("statutoryDueAt", out _)); // the legal clock starts at acceptance
        var applicant = body.GetProperty("applicant");
        Assert.True(applicant.GetProperty("masked").GetBoolean());
        Assert.Equal("3416**********0531", applicant.Text("number"));
        Assert.Equal("136****7450", applicant.Text("phone"));
        Assert.Equal("刘卫东", applicant.Text("name"));
    }

    [Fact]
    public async Task An_accepted_case_shows_its_legal_and_promised_due_dates_and_the_next_step()
    {
        var body = await (await hall.Client("key-liu").GetAsync("/api/cases/" + hall.Accepted.CaseNumber)).ExpectAsync(200);

        Assert.Equal("Accepted", body.Text("status"));
        Assert.Equal("已受理", body.Text("statusName"));
        var accepted = body.GetProperty("acceptedAt").GetDateTimeOffset();
        Assert.True(body.GetProperty("statutoryDueAt").GetDateTimeOffset() > accepted);
        Assert.True(body.GetProperty("promisedDueAt").GetDateTimeOffset() > accepted);
        Assert.True(body.GetProperty("promisedDueAt").GetDateTimeOffset() <= body.GetProperty("statutoryDueAt").GetDateTimeOffset());
        var step = Assert.Single(body.GetProperty("steps").EnumerateArray());
        Assert.NotEqual(Assert.Single((await (await hall.Client("key-liu").GetAsync(Url)).ExpectAsync(200)).GetProperty("steps").EnumerateArray()).Text("nodeId"),
            step.Text("nodeId"));
    }

    [Theory]
    [InlineData("key-wang-fang")] // the handling unit's window clerk
    [InlineData("key-zhao")]      // supervision of the district above it
    [InlineData("key-qian")]      // administrator
    public async Task Clerks_of_the_unit_or_above_and_administrators_see_the_name_and_a_masked_number_until_they_reveal_it(string key)
    {
        var applicant = (await (await hall.Client(key).GetAsync(Url)).ExpectAsync(200)).GetProperty("applicant");

        Assert.True(applicant.GetProperty("masked").GetBoolean());
        Assert.Equal("3416**********0531", applicant.Text("number"));
        Assert.Equal("136****7450", applicant.Text("phone"));
        Assert.Equal("刘卫东", applicant.Text("name"));
    }

    [Fact]
    public async Task Auditors_see_the_case_with_the_family_name_only_and_the_number_masked()
    {
        var applicant = (await (await hall.Client("key-feng").GetAsync(Url)).ExpectAsync(200)).GetProperty("applicant");

        Assert.True(applicant.GetProperty("masked").GetBoolean());
        Assert.Equal("3416**********0531", applicant.Text("number"));
        Assert.Equal("刘**", applicant.Text("name"));
    }

    [Theory]
    [InlineData("key-zhang")] // another applicant
    [InlineData("key-zhou")]  // a clerk of another unit
    [InlineData("key-sun")]   // the village agent of the applicant's village, who did not file it
    public async Task Others_are_refused_and_learn_nothing_of_the_applicant(string key)
    {
        var response = await hall.Client(key).GetAsync(Url);

        var problem = await response.ExpectAsync(403);
        Assert.Contains("无权查看此办件", problem.Text("detail"));
        Assert.DoesNotContain("0531", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_key_it_is_401_and_an_unknown_number_is_404()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await hall.Client(null).GetAsync(Url)).StatusCode);
        Assert.Equal("NotFound", (await (await hall.Client("key-qian").GetAsync("/api/cases/no-such-case")).ExpectAsync(404)).Text("code"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_case_endpoint()
    {
        var document = await (await hall.Client(null).GetAsync("/openapi/v1.json")).ExpectAsync(200);

        var get = document.GetProperty("paths").GetProperty("/api/cases/{caseNumber}").GetProperty("get");
        Assert.Equal("Cases", get.GetProperty("tags")[0].GetString());
        Assert.Contains("办件状态", get.Text("summary"));
        Assert.Contains("403", get.GetProperty("responses").EnumerateObject().Select(r => r.Name));
    }
}
