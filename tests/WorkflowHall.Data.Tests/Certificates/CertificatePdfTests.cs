using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Data.Tests.Certificates;

using Hall = WorkflowHall.Data.Tests.Infrastructure.TestHall;

public class CertificatePdfTests
{
    private const string WqyZenHei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static readonly CertificateContent Sample = new()
    {
        Identifier = CertificateIdentifier.Create(CertificateHall.TypeCode, CertificateHall.IssuerUscc, "202612010001K3J9X2QA", 1).Value!.ToString(),
        Name = "残疾人证",
        TypeCode = CertificateHall.TypeCode,
        HolderNumber = CertificateHall.Holder,
        HolderName = "张三",
        IssuerUscc = CertificateHall.IssuerUscc,
        IssuerName = "长沙市残疾人联合会",
        MatterName = "残疾人证核发",
        ImplementationCode = CertificateHall.ImplementationCode,
        CaseNumber = $"{CertificateHall.ImplementationCode}202612010001",
        IssuedAt = Hall.T0,
        ValidUntil = new DateOnly(2031, 12, 1),
        Surface = CertificateHall.Surface,
    };

    [Fact]
    public void A_certificate_renders_as_one_page_set_in_the_chinese_font_with_an_embedded_qr_code()
    {
        var pdf = new CertificatePdf(CertificateHall.PdfOptions);

        var bytes = pdf.Render(Sample, CertificatePdf.VerifyUrl("https://hall.example.gov.cn/", Sample.Identifier));

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Equal(Sample.Identifier, document.Info.Subject);
        Assert.Equal("残疾人证", document.Info.Title);

        var resources = document.Pages[0].Elements.GetDictionary("/Resources")!;
        var images = Values(resources.Elements.GetDictionary("/XObject")!).Where(x => x.Elements.GetName("/Subtype") == "/Image").ToList();
        var qr = Assert.Single(images);
        Assert.Equal(qr.Elements.GetInteger("/Width"), qr.Elements.GetInteger("/Height"));
        Assert.True(qr.Elements.GetInteger("/Width") >= 200);

        // The text is set in WenQuanYi Zen Hei as a Unicode (Identity-H) font whose ToUnicode map holds
        // the Chinese characters drawn: they render as glyphs, not boxes, and can be copied out.
        var font = Assert.Single(Values(resources.Elements.GetDictionary("/Font")!));
        Assert.Equal("/Type0", font.Elements.GetName("/Subtype"));
        Assert.Equal("/Identity-H", font.Elements.GetName("/Encoding"));
        Assert.Contains("WenQuanYi", font.Elements.GetName("/BaseFont"));
        var toUnicode = Encoding.ASCII.GetString(((PdfDictionary)font.Elements.GetReference("/ToUnicode")!.Value).Stream.UnfilteredValue);
        foreach (var character in "残疾人证长沙市")
        {
            Assert.Contains($"<{(int)character:X4}>", toUnicode, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("WenQuanYi Zen Hei", pdf.Font.FamilyName);
        Assert.Equal(WqyZenHei, pdf.Font.Path);
        Assert.True(CertificateFontResolver.Instance.TimesServed(pdf.FontFamily) > 0);
    }

    [Fact]
    public void The_qr_code_carries_the_public_verification_address_and_the_watermark_names_issuer_and_validity()
    {
        Assert.Equal($"https://hall.example.gov.cn/verify/{Sample.Identifier}", CertificatePdf.VerifyUrl("https://hall.example.gov.cn/", Sample.Identifier));
        Assert.Equal("此件由长沙市残疾人联合会提供，仅供办理政务服务事项时使用，有效期至2031年12月1日", CertificatePdf.Watermark(Sample));
        Assert.Equal("此件由长沙市残疾人联合会提供，仅供办理政务服务事项时使用，有效期至长期", CertificatePdf.Watermark(Sample with { ValidUntil = null }));
    }

    [Fact]
    public void Without_a_chinese_font_rendering_fails_naming_the_paths_tried_and_the_package_to_install()
    {
        var notAFont = Path.GetTempFileName();
        File.WriteAllText(notAFont, "not a font");
        try
        {
            var pdf = new CertificatePdf(new CertificatePdfOptions
            {
                PdfSharpLicense = CertificatePdfOptions.Agpl,
                FontPaths = ["/nonexistent/fonts/wqy-zenhei.ttc", notAFont],
            });

            var error = Assert.Throws<CertificateFontNotFoundException>(() => pdf.Render(Sample, "https://hall.example.gov.cn/verify/x"));

            Assert.Contains("/nonexistent/fonts/wqy-zenhei.ttc (not found)", error.Message);
            Assert.Contains($"{notAFont} (The file is not a TrueType or OpenType font.)", error.Message);
            Assert.Contains("apt-get install -y fonts-wqy-zenhei", error.Message);
            Assert.Contains("未找到证照 PDF 所需的中文字体", error.Message);
            Assert.Equal(2, error.Tried.Count);
        }
        finally
        {
            File.Delete(notAFont);
        }
    }

    [Fact]
    public void Without_a_pdfsharp_licence_chosen_rendering_fails_saying_how_to_choose_one()
    {
        var pdf = new CertificatePdf(new CertificatePdfOptions());

        var error = Assert.Throws<InvalidOperationException>(() => pdf.Render(Sample, "https://hall.example.gov.cn/verify/x"));

        Assert.Contains("AGPL", error.Message);
        Assert.Contains("Certificates:Pdf:PdfSharpLicense", error.Message);
    }

    [Fact]
    public void A_face_is_cut_out_of_a_font_collection_and_a_missing_face_is_named()
    {
        var collection = File.ReadAllBytes(WqyZenHei);

        Assert.True(OpenTypeFile.IsCollection(collection));
        Assert.True(OpenTypeFile.FaceCount(collection) >= 2);
        Assert.Equal("WenQuanYi Zen Hei", OpenTypeFile.FamilyName(OpenTypeFile.ExtractFace(collection, 0)));
        Assert.Equal("WenQuanYi Zen Hei Mono", OpenTypeFile.FamilyName(OpenTypeFile.ExtractFace(collection, 1)));
        var error = Assert.Throws<InvalidDataException>(() => OpenTypeFile.ExtractFace(collection, 99));
        Assert.Contains("face 99 does not exist", error.Message);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_service_prints_a_certificate_in_force_and_refuses_a_revoked_or_unknown_one(string provider)
    {
        await using var hall = await CertificateHall.CreateAsync(provider);
        var record = await hall.IssueAsync();
        var unknown = CertificateIdentifier.Create(CertificateHall.TypeCode, CertificateHall.IssuerUscc, "NEVERISSUED", 1).Value!.ToString();

        var printed = await hall.Certificates.RenderPdfAsync(record.Identifier);
        var notFound = await hall.Certificates.RenderPdfAsync(unknown);
        await hall.Certificates.RevokeAsync(record.Identifier, "错误发证", "clerk-wang");
        var revoked = await hall.Certificates.RenderPdfAsync(record.Identifier);

        using (var document = PdfReader.Open(new MemoryStream(printed.Value!), PdfDocumentOpenMode.Import))
        {
            Assert.Equal(record.Identifier, document.Info.Subject);
            Assert.Equal(1, document.PageCount);
        }

        Assert.True(printed.Value!.Length > 10_000);
        Assert.Equal("certificate.not-found", notFound.Error!.Code);
        Assert.Equal("certificate.not-valid", revoked.Error!.Code);
        Assert.StartsWith($"证照 {record.Identifier} 当前不能使用：此证照已注销", revoked.Error.MessageZh);
    }

    private static IEnumerable<PdfDictionary> Values(PdfDictionary dictionary)
        => dictionary.Elements.Keys.Select(key => dictionary.Elements.GetDictionary(key)!);
}
