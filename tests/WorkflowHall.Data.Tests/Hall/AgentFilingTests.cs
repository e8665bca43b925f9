using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Identity;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Domain.Cases;
using static WorkflowHall.Data.Tests.Infrastructure.SampleHall;

namespace WorkflowHall.Data.Tests.Hall;

/// <summary>
/// An application names a person the hall knows by the name on their ID; a village agent files only for residents
/// of the villages their post covers, on a signed 代办委托书; the villager may revoke the filing; free text is bounded.
/// </summary>
public class AgentFilingTests
{
    private const string Agent = "zhou.jie";
    // 王强 lives in the agent's village; 赵敏 in the town, outside it.
    private const string Villager = "applicant-wang";
    private const string Outsider = "341602197001010013";
    private const string Company = "91341621MA2T7K4D1A";

    private static async Task<TestHall> HallAsync(string provider)
    {
        var hall = await SampleHall.CreateAsync(provider);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        db.People.AddRange(
            new PersonRecord { UserName = Villager, Name = "王强", Kind = "person", Number = Applicant, VillageCode = Village },
            new PersonRecord { UserName = "zhao.outside", Name = "赵敏", Kind = "person", Number = Outsider, VillageCode = Town },
            new PersonRecord { UserName = "antai.chem", Name = "亳州市安泰化工贸易有限公司", Kind = "enterprise", Number = Company, VillageCode = Town });
        await db.SaveChangesAsync();
        return hall;
    }

    private static async Task<string> UploadAsync(TestHall hall, string name)
    {
        var stored = await hall.Materials.SaveAsync(new MemoryStream(Pdf), name, Pdf.Length);
        Assert.True(stored.Succeeded);
        return stored.Value!.Sha256;
    }

    private static async Task<ApplyRequest> ApplicationAsync(TestHall hall, string number, string name, string actor) =>
        new(MatterCode, number, name, actor)
        {
            Form = new Dictionary<string, object?> { ["purpose"] = "烧除林地虫害枝叶" },
            Materials =
            [
                new SubmittedMaterial("野外用火申请表") { Sha256 = await UploadAsync(hall, "申请表.pdf") },
                new SubmittedMaterial("申请人身份证明") { Sha256 = await UploadAsync(hall, "身份证.pdf") },
            ],
        };

    private static async Task<ApplyRequest> AgentApplicationAsync(TestHall hall, string number = Applicant, string name = "王强") =>
        await ApplicationAsync(hall, number, name, Agent) with
        {
            AgentUnit = Village,
            ConsentDocumentSha256 = await UploadAsync(hall, "代办委托书.pdf"),
            ConsentDocumentFileName = "代办委托书.pdf",
            Consent = "2026-12-01 在古井村便民服务点当面签署",
        };

    private static async Task<int> CaseCountAsync(TestHall hall)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        return await db.Cases.CountAsync();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_files_for_a_resident_of_their_village_with_the_signed_form_kept_among_the_materials(string provider)
    {
        await using var hall = await HallAsync(provider);

        var applied = await hall.Applications.ApplyAsync(await AgentApplicationAsync(hall));

        Assert.True(applied.Succeeded, applied.Error?.ToString());
        var c = applied.Value!;
        Assert.Equal((Agent, Village, Village), (c.AgentUserName, c.AgentUnit, c.ApplicantVillage));
        Assert.NotNull(c.ConsentDocumentSha256);
        Assert.Null(c.ApplicantUserName);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Contains(await db.CaseMaterials.Where(m => m.CaseId == c.Id).Select(m => m.MaterialName).ToListAsync(), n => n == CaseApplications.ConsentFormName);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_agent_cannot_file_for_someone_outside_their_village_or_unknown_to_the_hall(string provider)
    {
        await using var hall = await HallAsync(provider);

        var outside = await hall.Applications.ApplyAsync(await AgentApplicationAsync(hall, Outsider, "赵敏"));
        var unknown = await hall.Applications.ApplyAsync(await AgentApplicationAsync(hall, "341602198002020023", "孙某"));

        Assert.Equal("agent.resident", outside.Error!.Code);
        Assert.Contains("古井村便民服务点", outside.Error.MessageZh);
        Assert.Equal("agent.resident", unknown.Error!.Code);
        Assert.Equal(0, await CaseCountAsync(hall));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_consent_of_a_few_words_without_the_signed_form_is_refused(string provider)
    {
        await using var hall = await HallAsync(provider);
        var request = await AgentApplicationAsync(hall);

        var noForm = await hall.Applications.ApplyAsync(request with { ConsentDocumentSha256 = null, Consent = "x" });
        var notUploaded = await hall.Applications.ApplyAsync(request with { ConsentDocumentSha256 = new string('a', 64) });

        Assert.Equal("agent.consent", noForm.Error!.Code);
        Assert.Equal("agent.consent", notUploaded.Error!.Code);
        Assert.Contains("代办委托书", noForm.Error.MessageZh);
        Assert.Equal(0, await CaseCountAsync(hall));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_name_that_is_not_the_one_of_the_id_number_is_refused_without_saying_whose_it_is(string provider)
    {
        await using var hall = await HallAsync(provider);

        var byAgent = await hall.Applications.ApplyAsync(await AgentApplicationAsync(hall, name: "王秀英"));
        var byHand = await hall.Applications.ApplyAsync(await ApplicationAsync(hall, Applicant, "王秀英", "someone"));
        var company = await hall.Applications.ApplyAsync(await ApplicationAsync(hall, Company, "亳州市某某有限公司", "antai.chem"));

        Assert.Equal("applicant.name-mismatch", byAgent.Error!.Code);
        Assert.Equal("applicant.name-mismatch", byHand.Error!.Code);
        Assert.DoesNotContain("王强", byHand.Error.MessageZh);
        Assert.Equal("applicant.name-mismatch", company.Error!.Code);
        Assert.Contains("统一社会信用代码", company.Error.MessageZh);
        Assert.Equal(0, await CaseCountAsync(hall));
        Assert.True((await hall.Applications.ApplyAsync(await ApplicationAsync(hall, Applicant, "王强", Villager))).Succeeded);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Free_text_longer_than_its_use_is_refused_with_the_limit_and_the_length(string provider)
    {
        await using var hall = await HallAsync(provider);
        var request = await ApplicationAsync(hall, Applicant, "王强", Villager);

        var purpose = await hall.Applications.ApplyAsync(request with { Form = new Dictionary<string, object?> { ["purpose"] = new string('事', 12_000) } });
        var phone = await hall.Applications.ApplyAsync(request with { ApplicantPhone = new string('1', 40) });
        var consent = await hall.Applications.ApplyAsync(await AgentApplicationAsync(hall) with { Consent = new string('x', 201) });
        var atLimit = await hall.Applications.ApplyAsync(request with { Form = new Dictionary<string, object?> { ["purpose"] = new string('事', TextLimits.Purpose.Max) } });

        Assert.Equal(("text.too-long", "purpose"), (purpose.Error!.Code, purpose.Error.Target));
        Assert.Equal("申请事由最多 500 个字，现有 12000 个字，请精简", purpose.Error.MessageZh);
        Assert.Contains("at most 500 characters", purpose.Error.MessageEn);
        Assert.Equal("applicantPhone", phone.Error!.Target);
        Assert.Equal("consent", consent.Error!.Target);
        Assert.True(atLimit.Succeeded, atLimit.Error?.ToString());
        Assert.Equal(1, await CaseCountAsync(hall));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_villager_revokes_an_undecided_filing_which_withdraws_it_and_ends_the_agents_part(string provider)
    {
        await using var hall = await HallAsync(provider);
        var c = (await hall.Applications.ApplyAsync(await AgentApplicationAsync(hall))).Value!;

        Assert.Equal("consent.applicant", (await hall.Consents.RevokeAsync(c.Id, Agent, "不是我")).Error!.Code);
        Assert.Equal("consent.reason", (await hall.Consents.RevokeAsync(c.Id, Villager, " ")).Error!.Code);
        var revoked = await hall.Consents.RevokeAsync(c.Id, Villager, "我没有委托代办");

        Assert.True(revoked.Succeeded, revoked.Error?.ToString());
        Assert.Equal(nameof(CaseStatus.Withdrawn), revoked.Value!.Status);
        Assert.NotNull(revoked.Value.ConsentRevokedAt);
        Assert.Equal(Villager, revoked.Value.ApplicantUserName);
        Assert.Equal("consent.none", (await hall.Consents.RevokeAsync(c.Id, Villager, "再次撤销")).Error!.Code);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reveal_needs_a_reason_and_is_recorded_with_who_when_and_why(string provider)
    {
        await using var hall = await HallAsync(provider);
        var c = (await hall.Applications.ApplyAsync(await ApplicationAsync(hall, Applicant, "王强", Villager))).Value!;
        var reveals = new PersonalDataReveals(hall.Contexts, hall.Clock);

        Assert.Equal("reveal.reason", (await reveals.RecordAsync(c, "zhang.wei", "", PersonalDataReveals.FromPage)).Error!.Code);
        Assert.Equal("text.too-long", (await reveals.RecordAsync(c, "zhang.wei", new string('因', 201), PersonalDataReveals.FromPage)).Error!.Code);
        Assert.True((await reveals.RecordAsync(c, "zhang.wei", "核对身份证原件", PersonalDataReveals.FromPage)).Succeeded);

        var entry = Assert.Single(await reveals.ForCaseAsync(c.Id));
        Assert.Equal(("zhang.wei", "核对身份证原件", c.CaseNumber, PersonalDataReveals.FromPage), (entry.UserName, entry.Reason, entry.CaseNumber, entry.Channel));
        Assert.Equal(hall.Clock.GetUtcNow().UtcDateTime, entry.RevealedAt, TimeSpan.FromSeconds(1));
    }
}
