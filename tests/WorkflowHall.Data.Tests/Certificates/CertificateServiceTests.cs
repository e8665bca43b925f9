using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Domain.Certificates;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Tests.Certificates;

using Hall = WorkflowHall.Data.Tests.Infrastructure.TestHall;

public class CertificateServiceTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_issued_certificate_verifies_as_valid_by_identifier_and_by_its_holder(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync();

        var byIdentifier = (await hall.Certificates.VerifyAsync(record.Identifier)).Value!;
        // Scanned or typed loosely: lower case, spaces around; the holder's X in lower case.
        var byHolder = (await hall.NewService().VerifyAsync($"  {record.Identifier.ToLowerInvariant()} ", "11010519491231002x")).Value!;

        foreach (var verification in new[] { byIdentifier, byHolder })
        {
            Assert.Equal(CertificateVerificationOutcome.Valid, verification.Outcome);
            Assert.Equal(record.Identifier, verification.Identifier);
            var certificate = verification.Certificate!;
            Assert.Equal("残疾人证", certificate.Name);
            Assert.Equal("张三", certificate.HolderName);
            Assert.Equal("长沙市残疾人联合会", certificate.IssuerName);
            Assert.Equal("残疾人证核发", certificate.MatterName);
            Assert.Equal($"{CertificateHall.ImplementationCode}202612010001", certificate.CaseNumber);
            Assert.Equal(Hall.T0, certificate.IssuedAt);
            Assert.Equal(new DateOnly(2031, 12, 1), certificate.ValidUntil);
            Assert.Equal(CertificateHall.Surface, certificate.Surface);
            Assert.Equal("1101**********002X", verification.HolderNumberMasked);
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_identifier_carries_the_type_the_issuer_a_serial_from_the_case_and_version_001(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync(CertificateHall.Case(37));
        // A second matter of the same issuer that issues the same type, its case the same day with the same serial.
        var otherMatter = "11430000006122244L4430100001999";
        var other = await hall.IssueAsync(CertificateHall.Case(37, implementationCode: otherMatter), CertificateHall.Guide(implementationCode: otherMatter));

        var id = CertificateIdentifier.Parse(record.Identifier).Value!;
        Assert.Equal(CertificateHall.TypeCode, id.TypeCode);
        Assert.Equal(CertificateHall.IssuerUscc, id.Issuer.Value);
        Assert.Equal(1, id.Version);
        Assert.Equal(20, id.Serial.Length);
        Assert.StartsWith("202612010037", id.Serial);
        Assert.NotEqual(record.Identifier, other.Identifier);
        Assert.Equal("Valid", record.Status);
        Assert.Equal("case-1000-37", record.CaseId);
    }

    public static TheoryData<string, string> Edits()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in ((IEnumerable<object[]>)TestDatabase.Providers).Select(row => (string)row[0]))
        {
            foreach (var edit in EditsByName.Keys) data.Add(provider, edit);
        }
        return data;
    }

    private static readonly Dictionary<string, Action<CertificateRecord>> EditsByName = new()
    {
        ["holder name"] = r => r.HolderName = "李四",
        ["holder number"] = r => r.HolderNumber = CertificateHall.OtherHolder,
        ["certificate name"] = r => r.Name = "残疾人证（特）",
        ["issuer name"] = r => r.IssuerName = "某某公司",
        ["type code"] = r => r.TypeCode = "11100000000013338W012",
        ["implementation code"] = r => r.ImplementationCode = "11430000006122244L4430100001999",
        ["issue date"] = r => r.IssuedAt = r.IssuedAt.AddDays(-30),
        ["last valid day"] = r => r.ValidUntil = r.ValidUntil!.Value.AddYears(10),
        ["last valid day removed"] = r => r.ValidUntil = null,
        ["surface value"] = r => r.SurfaceJson = r.SurfaceJson.Replace("二级", "一级"),
        ["surface field added"] = r => r.SurfaceJson = r.SurfaceJson.Replace("}}", ",\"监护人\":\"王五\"}}"),
        ["matter name in the surface"] = r => r.SurfaceJson = r.SurfaceJson.Replace("残疾人证核发", "残疾人证换领"),
        ["surface unreadable"] = r => r.SurfaceJson = "{not json",
        ["previous identifier"] = r => r.PreviousIdentifier = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.1.001.X",
        ["signature"] = r => r.Signature = Convert.ToBase64String(new byte[70]),
        ["key id"] = r => r.KeyId = "0123456789abcdef",
        ["status unknown"] = r => r.Status = "Forever",
    };

    [Theory, MemberData(nameof(Edits))]
    public async Task Changing_a_stored_field_in_the_database_shows_as_tampering(string provider, string edit)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync();
        var untouched = await hall.IssueAsync(CertificateHall.Case(2));

        await hall.EditAsync(record.Identifier, EditsByName[edit]);

        var verification = (await hall.NewService().VerifyAsync(record.Identifier)).Value!;
        Assert.Equal(CertificateVerificationOutcome.Tampered, verification.Outcome);
        Assert.Null(verification.Certificate);
        Assert.Contains("篡改", verification.MessageZh);
        Assert.Equal(CertificateVerificationOutcome.Valid, (await hall.NewService().VerifyAsync(untouched.Identifier)).Value!.Outcome);
        Assert.DoesNotContain(await hall.NewService().HeldAsync(CertificateHall.Holder), c => c.Identifier == record.Identifier);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_public_key_replaced_in_the_database_shows_as_tampering(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync();
        using var forger = CertificateSigner.Generate();
        await using (var db = await hall.Hall.Contexts.CreateDbContextAsync())
        {
            // The forger's key under the issuer's key id, and a row re-signed with it.
            var key = await db.SigningKeys.SingleAsync();
            key.PublicKeyPem = forger.PublicKeyPem;
            var row = await db.Certificates.SingleAsync();
            var forged = (await hall.Certificates.VerifyAsync(record.Identifier)).Value!.Certificate! with { HolderName = "李四" };
            row.HolderName = forged.HolderName;
            row.Signature = forger.Sign(forged);
            await db.SaveChangesAsync();
        }

        var verification = (await hall.NewService().VerifyAsync(record.Identifier)).Value!;

        Assert.Equal(CertificateVerificationOutcome.Tampered, verification.Outcome);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_revoked_certificate_verifies_as_revoked_with_its_reason_and_cannot_be_revoked_again(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync();
        hall.Hall.Clock.Advance(TimeSpan.FromDays(40));

        var noReason = await hall.Certificates.RevokeAsync(record.Identifier, " ", "clerk-wang");
        var revoked = await hall.Certificates.RevokeAsync(record.Identifier, "持证人死亡", "clerk-wang");
        var again = await hall.Certificates.RevokeAsync(record.Identifier, "重复注销", "clerk-li");

        Assert.Equal("certificate.reason", noReason.Error!.Code);
        Assert.Equal("Revoked", revoked.Value!.Status);
        Assert.Equal("持证人死亡", revoked.Value.StatusReason);
        Assert.Equal("certificate.not-valid", again.Error!.Code);
        Assert.Equal($"证照 {record.Identifier} 的状态为“注销”，只有有效的证照可以办理此操作", again.Error.MessageZh);

        var verification = (await hall.NewService().VerifyAsync(record.Identifier, CertificateHall.Holder)).Value!;
        Assert.Equal(CertificateVerificationOutcome.Revoked, verification.Outcome);
        Assert.Equal("此证照已注销（2027年1月10日），不再有效。原因：持证人死亡", verification.MessageZh);
        Assert.Equal("持证人死亡", verification.StatusReason);
        Assert.NotNull(verification.Certificate);
        Assert.Empty(await hall.Certificates.HeldAsync(CertificateHall.Holder));

        await using var db = await hall.Hall.Contexts.CreateDbContextAsync();
        var audit = await db.AuditRecords.SingleAsync();
        Assert.Equal(("clerk-wang", "certificate.revoke", record.Identifier, "持证人死亡"), (audit.Actor, audit.Action, audit.Subject, audit.Detail));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_marks_the_old_version_changed_and_issues_version_002_linked_to_it(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var old = await hall.IssueAsync();
        hall.Hall.Clock.Advance(TimeSpan.FromDays(100));

        var changed = await hall.Certificates.ChangeAsync(old.Identifier, [new("残疾类别", "肢体"), new("残疾等级", "三级")], "残疾等级复评", "clerk-wang");

        var successor = changed.Value!;
        var oldId = CertificateIdentifier.Parse(old.Identifier).Value!;
        var newId = CertificateIdentifier.Parse(successor.Identifier).Value!;
        Assert.Equal((oldId.TypeCode, oldId.Issuer, oldId.Serial, 2), (newId.TypeCode, newId.Issuer, newId.Serial, newId.Version));
        Assert.Equal(old.Identifier, successor.PreviousIdentifier);
        Assert.Equal(old.CaseId, successor.CaseId);

        var oldVerification = (await hall.NewService().VerifyAsync(old.Identifier)).Value!;
        Assert.Equal(CertificateVerificationOutcome.Changed, oldVerification.Outcome);
        Assert.Equal(successor.Identifier, oldVerification.SuccessorIdentifier);
        Assert.Equal("残疾等级复评", oldVerification.StatusReason);

        var newVerification = (await hall.NewService().VerifyAsync(successor.Identifier, CertificateHall.Holder)).Value!;
        Assert.Equal(CertificateVerificationOutcome.Valid, newVerification.Outcome);
        var content = newVerification.Certificate!;
        Assert.Equal(old.Identifier, content.PreviousIdentifier);
        Assert.Equal("三级", content.Surface.Single(f => f.Key == "残疾等级").Value);
        Assert.Equal(Hall.T0.AddDays(100), content.IssuedAt);
        Assert.Equal(new DateOnly(2031, 12, 1), content.ValidUntil); // a change does not extend validity

        Assert.Equal([successor.Identifier], (await hall.Certificates.HeldAsync(CertificateHall.Holder)).Select(c => c.Identifier));
        var fromOld = await hall.Certificates.ChangeAsync(old.Identifier, CertificateHall.Surface, "再次变更", "clerk-li");
        Assert.Equal("certificate.not-valid", fromOld.Error!.Code);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_clerks_changing_one_certificate_at_once_give_one_new_version_and_one_refusal(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var old = await hall.IssueAsync();
        var a = hall.NewService();
        var b = hall.NewService();

        var results = await Task.WhenAll(
            Task.Run(() => a.ChangeAsync(old.Identifier, [new("残疾等级", "三级")], "复评", "clerk-a")),
            Task.Run(() => b.ChangeAsync(old.Identifier, [new("残疾等级", "四级")], "复评", "clerk-b")));

        Assert.Single(results, r => r.Succeeded);
        Assert.Contains(results, r => r.Error?.Code is "certificate.concurrent" or "certificate.not-valid");
        await using var db = await hall.Hall.Contexts.CreateDbContextAsync();
        Assert.Equal(2, await db.Certificates.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_certificate_past_its_last_valid_day_verifies_as_expired(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync(guide: CertificateHall.Guide(validYears: 1));
        var lastDay = new DateTimeOffset(2027, 12, 1, 23, 59, 0, HallTime.Offset);

        hall.Hall.Clock.Advance(lastDay - Hall.T0);
        Assert.Equal(CertificateVerificationOutcome.Valid, (await hall.Certificates.VerifyAsync(record.Identifier)).Value!.Outcome);

        hall.Hall.Clock.Advance(TimeSpan.FromMinutes(2));
        var verification = (await hall.Certificates.VerifyAsync(record.Identifier)).Value!;
        Assert.Equal(CertificateVerificationOutcome.Expired, verification.Outcome);
        Assert.Equal("此证照已过期：有效期至2027年12月1日", verification.MessageZh);
        Assert.Empty(await hall.Certificates.HeldAsync(CertificateHall.Holder));
        Assert.Equal("certificate.not-valid", (await hall.Certificates.RenderPdfAsync(record.Identifier)).Error!.Code);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_certificate_without_valid_years_never_expires(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync(guide: CertificateHall.Guide(validYears: null));
        hall.Hall.Clock.Advance(TimeSpan.FromDays(365 * 30));

        var verification = (await hall.Certificates.VerifyAsync(record.Identifier)).Value!;

        Assert.Equal(CertificateVerificationOutcome.Valid, verification.Outcome);
        Assert.Null(record.ValidUntil);
        Assert.EndsWith("有效期至长期", verification.MessageZh);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verifying_with_another_holders_number_reveals_nothing(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync();

        var verification = (await hall.Certificates.VerifyAsync(record.Identifier, CertificateHall.OtherHolder)).Value!;

        Assert.Equal(CertificateVerificationOutcome.HolderMismatch, verification.Outcome);
        Assert.Null(verification.Certificate);
        Assert.Equal("证照标识与持证主体代码不匹配：此证照不属于所填身份证号码或统一社会信用代码", verification.MessageZh);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_malformed_identifier_is_refused_with_the_exact_fault_and_an_unknown_one_is_not_found(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync();
        var wrongCheck = record.Identifier[..^1] + (record.Identifier[^1] == 'A' ? 'B' : 'A');

        var check = await hall.Certificates.VerifyAsync(wrongCheck);
        var parts = await hall.Certificates.VerifyAsync("1.2.156.3005.2.11100000000013338W011.11430000006122244L");
        var empty = await hall.Certificates.VerifyAsync("");
        var unknown = await hall.Certificates.VerifyAsync(CertificateIdentifier.Create(CertificateHall.TypeCode, CertificateHall.IssuerUscc, "NEVERISSUED", 1).Value!.ToString());

        Assert.Equal("certificate-id.check-character", check.Error!.Code);
        Assert.Equal($"校验位应为 {record.Identifier[^1]}，您输入的是 {wrongCheck[^1]}", check.Error.MessageZh);
        Assert.Equal("identifier", check.Error.Target);
        Assert.Equal("certificate-id.parts", parts.Error!.Code);
        Assert.Contains("这一个有 2 段", parts.Error.MessageZh.Replace("您输入的有 2 段", "这一个有 2 段"));
        Assert.Equal("certificate-id.empty", empty.Error!.Code);
        Assert.Equal(CertificateVerificationOutcome.NotFound, unknown.Value!.Outcome);
        Assert.Null(unknown.Value.Certificate);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Held_certificates_in_force_satisfy_materials_of_their_type(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var disability = await hall.IssueAsync(CertificateHall.Case(1));
        var otherMatter = "11430000006122244L4430100002000";
        var other = await hall.IssueAsync(CertificateHall.Case(2, implementationCode: otherMatter),
            CertificateHall.Guide(typeCode: "11100000000013338W012", implementationCode: otherMatter, certificateName: "残疾人专用机动车证"));
        var revoked = await hall.IssueAsync(CertificateHall.Case(3, implementationCode: otherMatter),
            CertificateHall.Guide(typeCode: "11100000000013338W013", implementationCode: otherMatter, certificateName: "护理补贴证明"));
        await hall.Certificates.RevokeAsync(revoked.Identifier, "补发", "clerk-wang");
        await hall.IssueAsync(CertificateHall.Case(4, holder: CertificateHall.OtherHolder, holderName: "李四"));

        var held = await hall.Certificates.HeldAsync(" 11010519491231002x ");

        Assert.Equal([disability.Identifier, other.Identifier], held.Select(c => c.Identifier).Order());
        Assert.Equal(other.Identifier, (await hall.Certificates.SatisfiesAsync(CertificateHall.Holder, "11100000000013338W012"))!.Identifier);
        Assert.Null(await hall.Certificates.SatisfiesAsync(CertificateHall.Holder, "11100000000013338W013"));
        Assert.Null(await hall.Certificates.SatisfiesAsync(CertificateHall.Holder, "11100000000013338W099"));
        Assert.Single(await hall.Certificates.HeldAsync(CertificateHall.OtherHolder));
        Assert.Empty(await hall.Certificates.HeldAsync("91350100M000100Y43"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deliveries_are_recorded_and_post_needs_an_address_or_tracking_number(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync();
        hall.Hall.Clock.Advance(TimeSpan.FromHours(2));

        var postWithoutNote = await hall.Certificates.RecordDeliveryAsync(record.Identifier, CertificateDeliveryMethod.Post, null, "clerk-wang");
        var post = await hall.Certificates.RecordDeliveryAsync(record.Identifier, CertificateDeliveryMethod.Post, "EMS 1234567890", "clerk-wang");
        var selfPrint = await hall.Certificates.RecordDeliveryAsync(record.Identifier, CertificateDeliveryMethod.SelfPrint, null, "zhangsan");

        Assert.Equal("certificate.delivery-note", postWithoutNote.Error!.Code);
        Assert.Equal(("Post", "EMS 1234567890"), (post.Value!.Delivery, post.Value.DeliveryNote));
        Assert.Equal(("SelfPrint", (string?)null), (selfPrint.Value!.Delivery, selfPrint.Value.DeliveryNote));
        Assert.Equal(Hall.T0.AddHours(2).UtcDateTime, selfPrint.Value.DeliveredAt);
        await using (var db = await hall.Hall.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(["邮寄：EMS 1234567890", "自助打印"], await db.AuditRecords.OrderBy(a => a.Id).Select(a => a.Detail!).ToListAsync());
        }

        await hall.Certificates.RevokeAsync(record.Identifier, "错误发证", "clerk-wang");
        var afterRevoke = await hall.Certificates.RecordDeliveryAsync(record.Identifier, CertificateDeliveryMethod.Pickup, null, "clerk-wang");
        Assert.Equal("certificate.not-valid", afterRevoke.Error!.Code);
        Assert.Equal(CertificateVerificationOutcome.Revoked, (await hall.Certificates.VerifyAsync(record.Identifier)).Value!.Outcome);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Preparing_is_refused_precisely_when_the_matter_issues_no_certificate_or_the_codes_are_wrong(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var now = hall.Hall.Clock.GetUtcNow();
        var service = hall.Certificates;

        var noType = await service.PrepareAsync(CertificateHall.Case(1), CertificateHall.Guide(typeCode: null), now);
        var badIssuer = await service.PrepareAsync(CertificateHall.Case(1), CertificateHall.Guide(issuerUscc: "11430000006122244M"), now);
        var badType = await service.PrepareAsync(CertificateHall.Case(1), CertificateHall.Guide(typeCode: "11100000000013338W01"), now);
        var otherMatter = await service.PrepareAsync(CertificateHall.Case(1, implementationCode: "11430000006122244L4430100009999"), CertificateHall.Guide(), now);
        var repeated = await service.PrepareAsync(CertificateHall.Case(1), CertificateHall.Guide(), now, [new("残疾等级", "二级"), new("残疾等级", "三级")]);

        Assert.Equal("certificate.no-type", noType.Error!.Code);
        Assert.Equal("事项“残疾人证核发”的办理结果不是电子证照（服务指南未填写证照类型代码），不能发证", noType.Error.MessageZh);
        Assert.Equal("certificate-id.issuer", badIssuer.Error!.Code);
        Assert.Equal("certificate-id.type-code", badType.Error!.Code);
        Assert.Equal("certificate.matter", otherMatter.Error!.Code);
        Assert.Equal("certificate.surface", repeated.Error!.Code);
        await using var db = await hall.Hall.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Certificates.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_signing_key_is_created_once_readable_by_its_owner_only_and_its_public_key_is_registered(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        Assert.False(File.Exists(hall.Options.KeyPath));

        // Two nodes sharing the key file start at the same moment on a fresh database.
        var nodes = Enumerable.Range(0, 4).Select(_ => hall.NewService()).ToArray();
        var records = await Task.WhenAll(nodes.Select((node, i) => Task.Run(async () =>
            (await node.PrepareAsync(CertificateHall.Case(i + 1), CertificateHall.Guide(), hall.Hall.Clock.GetUtcNow())).Value!)));

        Assert.Single(records.Select(r => r.KeyId).Distinct());
        Assert.Equal(records[0].KeyId, await hall.NewService().EnsureSigningKeyAsync());
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", await File.ReadAllTextAsync(hall.Options.KeyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(hall.Options.KeyPath));
        }

        await using var db = await hall.Hall.Contexts.CreateDbContextAsync();
        var key = await db.SigningKeys.SingleAsync();
        Assert.Equal(records[0].KeyId, key.KeyId);
        Assert.Equal(key.KeyId, CertificateSigner.KeyIdOf(key.PublicKeyPem));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(hall.Options.KeyPath)!, "*.tmp"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_key_signs_new_certificates_while_those_of_the_old_key_still_verify(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var before = await hall.IssueAsync(CertificateHall.Case(1));
        var rotated = hall.NewService(new() { KeyPath = Path.Combine(hall.KeyFolder, "keys", "2027.pem"), VerifyBaseUrl = hall.Options.VerifyBaseUrl });

        var after = (await rotated.PrepareAsync(CertificateHall.Case(2), CertificateHall.Guide(), hall.Hall.Clock.GetUtcNow())).Value!;
        await using (var db = await hall.Hall.Contexts.CreateDbContextAsync())
        {
            db.Certificates.Add(after);
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.SigningKeys.CountAsync());
        }

        Assert.NotEqual(before.KeyId, after.KeyId);
        Assert.Equal(CertificateVerificationOutcome.Valid, (await rotated.VerifyAsync(before.Identifier)).Value!.Outcome);
        Assert.Equal(CertificateVerificationOutcome.Valid, (await hall.NewService().VerifyAsync(after.Identifier)).Value!.Outcome);
    }
}
