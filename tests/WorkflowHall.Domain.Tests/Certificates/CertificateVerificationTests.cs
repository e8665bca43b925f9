using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Domain.Tests.Certificates;

public class CertificateVerificationTests
{
    private static readonly CertificateContent Sample = SampleCertificate.Content;

    [Fact]
    public void A_valid_certificate_is_described_in_both_languages()
    {
        var verification = CertificateVerification.Valid(Sample);

        Assert.True(verification.IsValid);
        Assert.Equal(CertificateStatus.Valid, verification.Status);
        Assert.Equal("证照有效：长沙市残疾人联合会于2026年12月1日颁发的残疾人证，持证人张三，有效期至2031年12月1日", verification.MessageZh);
        Assert.Equal("Valid: 残疾人证 issued by 长沙市残疾人联合会 on 2026-12-01 to 张三, valid until 2031-12-01", verification.MessageEn);
    }

    [Fact]
    public void A_certificate_without_time_limit_is_valid_long_term()
    {
        Assert.EndsWith("有效期至长期", CertificateVerification.Valid(Sample with { ValidUntil = null }).MessageZh);
    }

    [Fact]
    public void A_citizen_holder_number_is_masked_for_the_public_and_a_credit_code_is_not()
    {
        Assert.Equal("1101**********002X", CertificateVerification.Valid(Sample).HolderNumberMasked);
        Assert.Equal("91350100M000100Y43", CertificateVerification.Valid(Sample with { HolderNumber = "91350100M000100Y43" }).HolderNumberMasked);
    }

    [Fact]
    public void Tampering_holder_mismatch_and_unknown_identifiers_reveal_nothing_of_the_certificate()
    {
        foreach (var verification in new[]
                 {
                     CertificateVerification.Tampered(SampleCertificate.Identifier),
                     CertificateVerification.HolderMismatch(SampleCertificate.Identifier),
                     CertificateVerification.NotFound(SampleCertificate.Identifier),
                 })
        {
            Assert.Null(verification.Certificate);
            Assert.Null(verification.HolderNumberMasked);
            Assert.False(verification.IsValid);
        }
    }

    [Fact]
    public void A_changed_certificate_names_its_successor_and_the_reason()
    {
        var verification = CertificateVerification.Changed(Sample, new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero), "残疾等级复评", "1.2.156.next");

        Assert.Equal("此证照已变更（2027年3月1日），不再有效；现行版本为 1.2.156.next。原因：残疾等级复评", verification.MessageZh);
        Assert.Equal("This certificate was changed on 2027-03-01 and is no longer in force; the current version is 1.2.156.next. Reason: 残疾等级复评", verification.MessageEn);
    }

    [Fact]
    public void Statuses_and_delivery_methods_have_their_chinese_names()
    {
        Assert.Equal(["有效", "变更", "注销", "过期"], Enum.GetValues<CertificateStatus>().Select(s => s.Chinese()));
        Assert.Equal(["窗口领取", "邮寄", "自助打印"], Enum.GetValues<CertificateDeliveryMethod>().Select(m => m.Chinese()));
    }
}
