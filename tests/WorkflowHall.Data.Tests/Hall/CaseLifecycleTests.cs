using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Domain.Cases;
using static WorkflowHall.Data.Tests.Infrastructure.SampleHall;

namespace WorkflowHall.Data.Tests.Hall;

public class CaseLifecycleTests
{
    private static async Task<ApplyRequest> Application(TestHall hall, string actor = "applicant-wang")
    {
        var form = await hall.Materials.SaveAsync(new MemoryStream(Pdf), "申请表.pdf", Pdf.Length);
        var id = await hall.Materials.SaveAsync(new MemoryStream(Pdf), "身份证.pdf", Pdf.Length);
        Assert.True(form.Succeeded && id.Succeeded);
        return new ApplyRequest(MatterCode, Applicant, "王强", actor)
        {
            Form = new Dictionary<string, object?> { ["area"] = "古井镇北山林地", ["days"] = 2 },
            Materials = [new SubmittedMaterial("野外用火申请表") { Sha256 = form.Value!.Sha256 }, new SubmittedMaterial("申请人身份证明") { Sha256 = id.Value!.Sha256 }],
        };
    }

    private static async Task<CaseRecord> Applied(TestHall hall)
    {
        var applied = await hall.Applications.ApplyAsync(await Application(hall));
        Assert.True(applied.Succeeded, applied.Error?.ToString());
        return applied.Value!;
    }

    private static void Ok(HallResult<CaseRecord> result) => Assert.True(result.Succeeded, result.Error?.ToString());

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_runs_from_application_to_issue_with_its_number_posts_and_legal_due_dates(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var applied = await Applied(hall);

        Assert.Equal(MatterCode + "20261201" + "0001", applied.CaseNumber);
        Assert.Equal(nameof(CaseStatus.Submitted), applied.Status);
        var inbox = await hall.Inbox.ForPostsAsync(["window-acceptance"], [Forestry], 1, 10);
        Assert.Equal(applied.Id, Assert.Single(inbox.Items).InstanceId);

        hall.Clock.Advance(TimeSpan.FromHours(2));
        Ok(await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", "材料齐全，予以受理"));
        var accepted = await Load(hall, applied.Id);
        Assert.Equal(nameof(CaseStatus.Accepted), accepted.Status);
        // Accepted Tue 2026-12-01 11:00 (+08:00): promised 5 WD → end of Tue 12-08; statutory 20 WD → end of Tue 12-29.
        Assert.Equal(new DateTime(2026, 12, 8, 15, 59, 59, DateTimeKind.Utc), Utc(accepted.PromisedDueAt));
        Assert.Equal(new DateTime(2026, 12, 29, 15, 59, 59, DateTimeKind.Utc), Utc(accepted.StatutoryDueAt));

        Ok(await hall.Actions.ReviewAsync(applied.Id, "li.na", "符合条件"));
        Assert.Equal(nameof(CaseStatus.InReview), (await Load(hall, applied.Id)).Status);
        Ok(await hall.Actions.ApproveAsync(applied.Id, "wang.qiang", "同意"));
        Assert.Equal(nameof(CaseStatus.Approved), (await Load(hall, applied.Id)).Status);
        Ok(await hall.Actions.IssueAsync(applied.Id, "zhao.min", "窗口领取"));

        var closed = await Load(hall, applied.Id);
        Assert.Equal(nameof(CaseStatus.Closed), closed.Status);
        Assert.NotNull(closed.DecidedAt);
        Assert.NotNull(closed.ClosedAt);

        await using var db = await hall.Contexts.CreateDbContextAsync();
        var certificate = await db.Certificates.SingleAsync(c => c.CaseId == applied.Id);
        Assert.Equal(Permit, certificate.Name);
        Assert.StartsWith("1.2.156.3005.2." + PermitType + ".11341602MB19253982.", certificate.Identifier);
        var verified = await hall.Certificates.VerifyAsync(certificate.Identifier, Applicant);
        Assert.Equal(Domain.Certificates.CertificateVerificationOutcome.Valid, verified.Value!.Outcome);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_clerk_without_the_steps_post_in_its_unit_is_refused_and_nothing_changes(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var applied = await Applied(hall);

        var wrong = await hall.Actions.AcceptAsync(applied.Id, "li.na", null);

        Assert.Equal("action.post", wrong.Error!.Code);
        Assert.Contains("window-acceptance", wrong.Error.MessageZh);
        Assert.Equal(applied.Revision, (await Load(hall, applied.Id)).Revision);
        var wrongStep = await hall.Actions.ApproveAsync(applied.Id, "wang.qiang", null);
        Assert.Equal("action.step", wrongStep.Error!.Code);
        Assert.Contains("受理", wrongStep.Error.MessageZh);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_numbers_unknown_matters_and_missing_materials_are_refused_precisely_with_nothing_written(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var good = await Application(hall);

        var badNumber = await hall.Applications.ApplyAsync(good with { ApplicantNumber = "440106199001011234" });
        Assert.Equal("applicantNumber", badNumber.Error!.Target);
        Assert.Contains("5", badNumber.Error.MessageZh);

        var unknown = await hall.Applications.ApplyAsync(good with { ImplementationCode = "NO-SUCH-MATTER" });
        Assert.Equal("matter.unknown", unknown.Error!.Code);

        var missing = await hall.Applications.ApplyAsync(good with { Materials = [] });
        Assert.Equal("material.missing", missing.Error!.Code);
        Assert.Contains("野外用火申请表", missing.Error.MessageZh);
        Assert.Contains("申请人身份证明", missing.Error.MessageZh);

        var stranger = await hall.Applications.ApplyAsync(good with { Materials = [.. good.Materials, new SubmittedMaterial("营业执照") { Sha256 = good.Materials[0].Sha256 }] });
        Assert.Equal("material.unknown", stranger.Error!.Code);

        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(0, await db.Instances.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_certificate_the_applicant_already_holds_stands_in_for_the_matching_material(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            db.Certificates.Add(new CertificateRecord
            {
                Identifier = "1.2.156.3005.2.11100000000013338W001.11100000000013338W.2020.001.X", CaseId = "earlier", ImplementationCode = "x",
                TypeCode = "11100000000013338W001", Name = "居民身份证", HolderNumber = Applicant, HolderName = "王强", IssuerUscc = "11100000000013338W",
                IssuerName = "公安部", IssuedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), Status = "Valid", SurfaceJson = "{}", Signature = "s", KeyId = "k",
            });
            await db.SaveChangesAsync();
        }
        var request = await Application(hall);

        var applied = await hall.Applications.ApplyAsync(request with { Materials = [request.Materials[0]] });

        Assert.True(applied.Succeeded, applied.Error?.ToString());
        await using var check = await hall.Contexts.CreateDbContextAsync();
        var reused = await check.CaseMaterials.SingleAsync(m => m.CaseId == applied.Value!.Id && m.MaterialName == "申请人身份证明");
        Assert.StartsWith("1.2.156.3005.2.11100000000013338W001", reused.CertificateIdentifier);
        Assert.Null(reused.Sha256);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Supplements_are_asked_once_with_the_whole_list_and_a_late_notice_dates_acceptance_from_receipt(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var applied = await Applied(hall);
        Assert.Equal("supplement.empty", (await hall.Actions.RequestSupplementAsync(applied.Id, "zhang.wei", [" "])).Error!.Code);

        // Received Tue 12-01; the notice comes Thu 12-10, seven working days later: too late (第32条).
        hall.Clock.Advance(TimeSpan.FromDays(9));
        Ok(await hall.Actions.RequestSupplementAsync(applied.Id, "zhang.wei", ["用火区域示意图（须标注四至）", "申请表第二页签名"]));
        var waiting = await Load(hall, applied.Id);
        Assert.Equal(nameof(CaseStatus.SupplementRequested), waiting.Status);
        Assert.Contains("四至", waiting.SupplementItemsJson);

        var upload = await hall.Materials.SaveAsync(new MemoryStream(Pdf), "示意图.pdf", Pdf.Length);
        Assert.Equal("action.post", (await hall.Actions.SubmitSupplementAsync(applied.Id, "someone-else", [])).Error!.Code);
        Ok(await hall.Actions.SubmitSupplementAsync(applied.Id, "applicant-wang", [new SubmittedMaterial("用火区域示意图") { Sha256 = upload.Value!.Sha256 }]));
        Assert.Equal(nameof(CaseStatus.Submitted), (await Load(hall, applied.Id)).Status);

        Assert.Equal("supplement.once", (await hall.Actions.RequestSupplementAsync(applied.Id, "zhang.wei", ["再补一份"])).Error!.Code);
        Ok(await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", null));
        var accepted = await Load(hall, applied.Id);
        Assert.Equal(accepted.SubmittedAt, accepted.AcceptedAt);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Refusals_need_reasons_and_a_legal_basis(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var applied = await Applied(hall);

        Assert.Equal("decision.reasons", (await hall.Actions.RefuseAcceptAsync(applied.Id, "zhang.wei", "不属于本机关职权", " ")).Error!.Code);
        Ok(await hall.Actions.RefuseAcceptAsync(applied.Id, "zhang.wei", "不属于本机关职权范围", "《行政许可法》第三十二条第一款第（二）项"));

        var refused = await Load(hall, applied.Id);
        Assert.Equal(nameof(CaseStatus.NotAccepted), refused.Status);
        Assert.Equal("不属于本机关职权范围", refused.DecisionReason);
        Assert.Equal("case.ended", (await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", null)).Error!.Code);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_special_procedure_suspends_the_case_and_moves_its_due_dates(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var applied = await Applied(hall);
        Assert.Equal("procedure.not-accepted", (await hall.Actions.StartSpecialProcedureAsync(applied.Id, "zhang.wei", "现场勘验", "核实用火区域", null)).Error!.Code);
        Ok(await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", null));

        hall.Clock.Advance(TimeSpan.FromDays(1)); // Wed 12-02
        Ok(await hall.Actions.StartSpecialProcedureAsync(applied.Id, "li.na", "现场勘验", "核实用火区域与林地边界", "《行政许可法》第四十五条"));
        Assert.Equal(nameof(CaseStatus.Suspended), (await Load(hall, applied.Id)).Status);

        hall.Clock.Advance(TimeSpan.FromDays(2)); // Fri 12-04: Thu and Fri stood still
        Ok(await hall.Actions.EndSpecialProcedureAsync(applied.Id, "li.na", "勘验无异常"));
        var resumed = await Load(hall, applied.Id);
        Assert.Equal(nameof(CaseStatus.Accepted), resumed.Status);
        Assert.Equal(new DateTime(2026, 12, 10, 15, 59, 59, DateTimeKind.Utc), Utc(resumed.PromisedDueAt));

        await using var db = await hall.Contexts.CreateDbContextAsync();
        var procedure = await db.SpecialProcedures.SingleAsync();
        Assert.Equal(("li.na", "勘验无异常"), (procedure.StartedBy, procedure.Result));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_one_extension_is_at_most_ten_days_and_approved_by_the_agency_head(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var applied = await Applied(hall);
        Ok(await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", null));

        Assert.Equal("extension.days", (await hall.Actions.ExtendAsync(applied.Id, "li.na", 11, "需补充勘验", "sun.li")).Error!.Code);
        Assert.Equal("extension.approver", (await hall.Actions.ExtendAsync(applied.Id, "li.na", 10, "需补充勘验", "wang.qiang")).Error!.Code);
        Ok(await hall.Actions.ExtendAsync(applied.Id, "li.na", 10, "需补充勘验", "sun.li"));

        var extended = await Load(hall, applied.Id);
        Assert.Equal(nameof(CaseStatus.Extended), extended.Status);
        // 20 + 10 working days from Tue 12-01 → end of Tue 2027-01-12 (2027 counted with weekends only).
        Assert.Equal(new DateTime(2027, 1, 12, 15, 59, 59, DateTimeKind.Utc), Utc(extended.StatutoryDueAt));
        Assert.True(extended.DueProvisional);
        Assert.Equal("extension.once", (await hall.Actions.ExtendAsync(applied.Id, "li.na", 1, "再延", "sun.li")).Error!.Code);
        var trail = await hall.Runtime.TrailAsync(applied.Id);
        Assert.Contains(trail, e => e.Kind == Engine.Trail.TrailEventKind.Annotated && e.Detail!.Contains("sun.li"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_agent_applies_on_behalf_of_a_villager_with_recorded_consent(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            db.People.Add(new PersonRecord { UserName = "applicant-wang", Name = "王强", Kind = "person", Number = Applicant, VillageCode = Village });
            await db.SaveChangesAsync();
        }
        var request = await Application(hall, actor: "zhou.jie");
        var form = await hall.Materials.SaveAsync(new MemoryStream(Pdf), "代办委托书.pdf", Pdf.Length);

        Assert.Equal("agent.consent", (await hall.Applications.ApplyAsync(request with { AgentUnit = Village, Consent = "委托书" })).Error!.Code);
        Assert.Equal("agent.post", (await hall.Applications.ApplyAsync(request with { AgentUnit = Town, ConsentDocumentSha256 = form.Value!.Sha256 })).Error!.Code);
        var applied = await hall.Applications.ApplyAsync(request with { AgentUnit = Village, ConsentDocumentSha256 = form.Value.Sha256, Consent = "申请人签字的委托书" });

        Assert.True(applied.Succeeded, applied.Error?.ToString());
        Assert.Equal(("zhou.jie", Village), (applied.Value!.AgentUserName, applied.Value.AgentUnit));
        Assert.NotNull(applied.Value.ConsentRecordedAt);
        Assert.Null(applied.Value.ApplicantUserName);
        Assert.Equal(Village, applied.Value.ApplicantVillage);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Case_numbers_stay_unique_when_windows_register_at_once(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var request = await Application(hall);
        var other = hall.SecondNode();
        var otherApplications = new CaseApplications(other.Contexts, hall.Matters, hall.Directory, new CaseNumbers(other.Contexts), other.Runtime, TestHall.Calendar, hall.Clock);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            (i % 2 == 0 ? hall.Applications : otherApplications).ApplyAsync(request))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => MatterCode + "20261201" + i.ToString("0000")), results.Select(r => r.Value!.CaseNumber).Order());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_applicant_withdraws_and_only_before_a_decision(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var applied = await Applied(hall);
        Assert.Equal("withdraw.applicant", (await hall.Actions.WithdrawAsync(applied.Id, "zhang.wei", null)).Error!.Code);
        Ok(await hall.Actions.WithdrawAsync(applied.Id, "applicant-wang", "不再需要"));
        Assert.Equal(nameof(CaseStatus.Withdrawn), (await Load(hall, applied.Id)).Status);
    }

    private static async Task<CaseRecord> Load(TestHall hall, string id)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private static DateTime Utc(DateTime? value) => new(value!.Value.Ticks, DateTimeKind.Utc);
}
