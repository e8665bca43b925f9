using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Identity;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

/// <summary>
/// Issue 11, findings 5 and 6 at the API's door, on each database: the applicant's data masked by one rule in the case
/// and instance views; the full data only by a reveal with a reason, which is recorded; a village agent files only for
/// residents of their village under the name of the ID number, sees the filing masked, and loses it when the villager revokes.
/// </summary>
public sealed class PersonalDataApiTests
{
    private const string LiuNumber = "341602196802270531";
    private const string LiuPhone = "13637187450";
    private const string LiNumber = "341602195203140626";
    private const string LiPhone = "13956701248";
    private const string Zhangji = "bz-qc-gj-zhangji";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>zhang.jianguo files the field fire permit for a person, with the signed 代办委托书 uploaded.</summary>
    internal static async Task<HallResult<CaseRecord>> AgentFilesAsync(CaseApiFixture node, string number, string name)
    {
        var services = node.Node.Services;
        var store = services.GetRequiredService<MaterialStore>();
        var guide = (await services.GetRequiredService<MatterCatalog>().GetAsync(CaseApiFixture.FieldFirePermit))!.Value.Guide;
        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
        var materials = new List<SubmittedMaterial>();
        foreach (var spec in guide.Materials.Where(m => m.Mandatory))
        {
            var stored = await store.SaveAsync(new MemoryStream(pdf), spec.Name + ".pdf", pdf.Length);
            materials.Add(new SubmittedMaterial(spec.Name) { Sha256 = stored.Value!.Sha256, FileName = spec.Name + ".pdf" });
        }
        var consent = await store.SaveAsync(new MemoryStream(pdf), "代办委托书.pdf", pdf.Length);
        return await services.GetRequiredService<CaseApplications>().ApplyAsync(new ApplyRequest(CaseApiFixture.FieldFirePermit, number, name, "zhang.jianguo")
        {
            ApplicantPhone = LiPhone,
            AgentUnit = Zhangji,
            ConsentDocumentSha256 = consent.Value!.Sha256,
            Form = new Dictionary<string, object?> { ["purpose"] = "烧除承包林地虫害枝叶" },
            Materials = materials,
        });
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_handling_clerk_reveals_the_full_number_only_with_a_reason_and_the_reveal_is_recorded(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var url = $"/api/cases/{node.Case.CaseNumber}/applicant/reveal";

        var noReason = await node.Client("key-wang-fang").PostAsync(url, Json("{}"));
        var auditor = await node.Client("key-feng").PostAsync(url, Json("""{"reason":"抽查"}"""));
        var applicant = await node.Client("key-liu").PostAsync(url, Json("""{"reason":"看看"}"""));
        var revealed = await (await node.Client("key-wang-fang").PostAsync(url, Json("""{"reason":"核对身份证原件"}"""))).ExpectAsync(200);

        Assert.Equal("reveal.reason", (await noReason.ExpectAsync(422)).Text("code"));
        Assert.Equal(HttpStatusCode.Forbidden, auditor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        Assert.Equal((LiuNumber, LiuPhone, false), (revealed.Text("number"), revealed.Text("phone"), revealed.GetProperty("masked").GetBoolean()));
        var log = Assert.Single(await node.Node.Services.GetRequiredService<PersonalDataReveals>().ForCaseAsync(node.Case.Id));
        Assert.Equal(("wang.fang", "核对身份证原件", PersonalDataReveals.FromApi), (log.UserName, log.Reason, log.Channel));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_instance_api_shows_the_variables_and_trail_with_the_applicant_masked(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);

        var response = await node.Client("key-qian").GetAsync($"/api/instances/{node.Case.Id}");
        var body = await response.ExpectAsync(200);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("3416**********0531", body.GetProperty("variables").Text("applicantNumber"));
        Assert.Equal("刘**", body.GetProperty("variables").Text("applicantName"));
        Assert.DoesNotContain(LiuNumber, text);
        Assert.DoesNotContain(LiuPhone, text);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_agent_cannot_file_for_someone_of_another_village_nor_under_another_name(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);

        var liuOfGujing = await AgentFilesAsync(node, LiuNumber, "刘卫东");
        var wrongName = await AgentFilesAsync(node, LiNumber, "王秀英");

        Assert.Equal("agent.resident", liuOfGujing.Error!.Code);
        Assert.Equal("applicant.name-mismatch", wrongName.Error!.Code);
        var liuCases = await (await node.Client("key-liu").GetAsync("/api/cases/" + node.Case.CaseNumber)).ExpectAsync(200);
        Assert.Equal("刘卫东", liuCases.GetProperty("applicant").Text("name"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_agent_sees_their_filing_masked_until_the_villager_revokes_it(string provider)
    {
        await using var node = await CaseApiFixture.StartAsync(provider);
        var filed = await AgentFilesAsync(node, LiNumber, "李秀英");
        Assert.True(filed.Succeeded, filed.Error?.ToString());
        var url = "/api/cases/" + filed.Value!.CaseNumber;

        var asAgent = await node.Client("key-zhang-jianguo").GetAsync(url);
        var agentView = (await asAgent.ExpectAsync(200)).GetProperty("applicant");
        var agentReveal = await node.Client("key-zhang-jianguo").PostAsync(url + "/applicant/reveal", Json("""{"reason":"代办需要"}"""));
        var villagerView = (await (await node.Client("key-li").GetAsync(url)).ExpectAsync(200)).GetProperty("applicant");

        Assert.Equal(("李秀英", "3416**********0626", "139****1248"), (agentView.Text("name"), agentView.Text("number"), agentView.Text("phone")));
        Assert.DoesNotContain(LiNumber, await asAgent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, agentReveal.StatusCode);
        Assert.Equal("李秀英", villagerView.Text("name"));

        var revoked = await node.Node.Services.GetRequiredService<AgentConsents>().RevokeAsync(filed.Value.Id, "li.xiuying", "我没有委托代办");
        Assert.True(revoked.Succeeded, revoked.Error?.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await node.Client("key-zhang-jianguo").GetAsync(url)).StatusCode);
        Assert.Equal("Withdrawn", (await (await node.Client("key-li").GetAsync(url)).ExpectAsync(200)).Text("status"));
    }
}
