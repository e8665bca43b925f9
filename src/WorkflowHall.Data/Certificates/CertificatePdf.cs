using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using WorkflowHall.Domain.Certificates;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Certificates;

/// <summary>
/// The printable form of an electronic certificate: one A4 page with its name, holder, issuer, dates,
/// surface fields and identifier, a QR code of the public verification address, and the trust-level-A
/// watermark "此件由…提供，仅供办理政务服务事项时使用，有效期至…" (DOMAIN.md §5). Set in a Chinese
/// font from <see cref="CertificatePdfOptions"/>, loaded on the first render. PDFsharp 6.5 is
/// AGPL-3.0-only and needs its licence chosen in <see cref="CertificatePdfOptions.PdfSharpLicense"/>.
/// </summary>
public sealed class CertificatePdf(CertificatePdfOptions options)
{
    private const double Margin = 48;
    private const double LabelWidth = 96;
    private const double QrSize = 118;

    private static readonly XColor Ink = XColor.FromArgb(0x1F, 0x1F, 0x1F);
    private static readonly XColor Red = XColor.FromArgb(0xB7, 0x1C, 0x1C);
    private static readonly XColor Grey = XColor.FromArgb(0x75, 0x75, 0x75);

    private readonly Lazy<(CjkFontFace Face, string Family)> _font = new(
        () =>
        {
            var face = CjkFontFace.Load(options);
            return (face, CertificateFontResolver.Instance.Register(face));
        },
        LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The face the certificates are set in; reading it loads the font.</summary>
    /// <exception cref="CertificateFontNotFoundException">No configured path held a font.</exception>
    internal CjkFontFace Font => _font.Value.Face;

    /// <summary>The family name the face is registered under with PDFsharp.</summary>
    internal string FontFamily => _font.Value.Family;

    /// <summary>The verification address printed in the QR code: <c>{baseUrl}/verify/{identifier}</c>.</summary>
    public static string VerifyUrl(string baseUrl, string identifier) => $"{baseUrl.TrimEnd('/')}/verify/{Uri.EscapeDataString(identifier)}";

    /// <summary>The watermark line of trust level A.</summary>
    public static string Watermark(CertificateContent certificate)
        => $"此件由{certificate.IssuerName}提供，仅供办理政务服务事项时使用，有效期至{ValidUntilText(certificate.ValidUntil)}";

    /// <exception cref="CertificateFontNotFoundException">No configured path held a Chinese font.</exception>
    /// <exception cref="InvalidOperationException">No PDFsharp licence is configured.</exception>
    public byte[] Render(CertificateContent certificate, string verifyUrl)
    {
        PdfSharpLicensing.Ensure(options.PdfSharpLicense);
        using var document = new PdfDocument();
        document.Info.Title = certificate.Name;
        document.Info.Subject = certificate.Identifier;
        document.Info.Author = certificate.IssuerName;
        document.Info.Keywords = $"电子证照 {certificate.Identifier}";
        document.Info.Creator = "WorkflowHall";

        var page = document.AddPage();
        page.Size = PageSize.A4;
        var width = page.Width.Point;
        var height = page.Height.Point;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            DrawBackgroundWatermark(gfx, Watermark(certificate), FontOf(11), width, height);
            DrawFrameAndTitle(gfx, certificate.Name, width, height);
            DrawRows(gfx, Rows(certificate), width, height);
            DrawVerification(gfx, certificate.Identifier, verifyUrl, width, height);
            DrawFooter(gfx, Watermark(certificate), width, height);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private XFont FontOf(double size) => new(FontFamily, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static List<(string Label, string Value)> Rows(CertificateContent certificate)
    {
        var rows = new List<(string Label, string Value)>
        {
            ("持证主体", certificate.HolderName),
            ("持证主体代码", certificate.HolderNumber),
            ("颁发机构", certificate.IssuerName),
            ("颁发机构代码", certificate.IssuerUscc),
            ("颁发日期", HallTime.FormatNoticeDate(certificate.IssuedOn)),
            ("有效期至", ValidUntilText(certificate.ValidUntil)),
            ("办理事项", certificate.MatterName),
            ("办件编号", certificate.CaseNumber),
        };
        rows.AddRange(certificate.Surface.Select(f => (f.Key, f.Value)));
        if (certificate.PreviousIdentifier is { } previous)
        {
            rows.Add(("原证照标识", previous));
        }

        return rows;
    }

    private void DrawFrameAndTitle(XGraphics gfx, string name, double width, double height)
    {
        gfx.DrawRectangle(new XPen(Red, 2), Margin - 14, Margin - 14, width - 2 * (Margin - 14), height - 2 * (Margin - 14));
        gfx.DrawRectangle(new XPen(Red, 0.6), Margin - 9, Margin - 9, width - 2 * (Margin - 9), height - 2 * (Margin - 9));
        gfx.DrawString(name, FontOf(30), new XSolidBrush(Red), new XRect(Margin, Margin + 24, width - 2 * Margin, 40), XStringFormats.Center);
        gfx.DrawString("电子证照", FontOf(12), new XSolidBrush(Grey), new XRect(Margin, Margin + 66, width - 2 * Margin, 20), XStringFormats.Center);
    }

    private void DrawRows(XGraphics gfx, List<(string Label, string Value)> rows, double width, double height)
    {
        var y = Margin + 110;
        var valueX = Margin + 12 + LabelWidth;
        var valueWidth = width - Margin - 12 - valueX;
        var labelFont = FontOf(11);
        var valueFont = FontOf(12);
        var lineHeight = 19.0;
        var bottomOfRows = height - Margin - QrSize - 70;
        foreach (var (label, value) in rows)
        {
            var lines = Wrap(gfx, value, valueFont, valueWidth);
            if (y + lines.Count * lineHeight > bottomOfRows)
            {
                break; // what does not fit stays in the signed record and the verification page
            }

            gfx.DrawString(label, labelFont, new XSolidBrush(Grey), new XRect(Margin + 12, y, LabelWidth, lineHeight), XStringFormats.CenterLeft);
            foreach (var line in lines)
            {
                gfx.DrawString(line, valueFont, new XSolidBrush(Ink), new XRect(valueX, y, valueWidth, lineHeight), XStringFormats.CenterLeft);
                y += lineHeight;
            }

            y += 6;
            gfx.DrawLine(new XPen(XColor.FromArgb(0xE0, 0xE0, 0xE0), 0.5), Margin + 12, y - 3, width - Margin - 12, y - 3);
        }
    }

    /// <summary>The QR code in the bottom right, and beside it the identifier and the verification address.</summary>
    private void DrawVerification(XGraphics gfx, string identifier, string verifyUrl, double width, double height)
    {
        var qrTop = height - Margin - QrSize - 56;
        var qrLeft = width - Margin - 12 - QrSize;
        using (var qr = XImage.FromStream(new MemoryStream(QrPng(verifyUrl))))
        {
            gfx.DrawImage(qr, qrLeft, qrTop, QrSize, QrSize);
        }

        gfx.DrawString("扫码核验", FontOf(9), new XSolidBrush(Grey), new XRect(qrLeft, qrTop + QrSize, QrSize, 14), XStringFormats.Center);

        var idWidth = qrLeft - Margin - 24;
        var idY = qrTop + 10;
        gfx.DrawString("证照标识", FontOf(11), new XSolidBrush(Grey), new XRect(Margin + 12, idY, idWidth, 16), XStringFormats.CenterLeft);
        idY += 18;
        foreach (var line in Wrap(gfx, identifier, FontOf(9.5), idWidth))
        {
            gfx.DrawString(line, FontOf(9.5), new XSolidBrush(Ink), new XRect(Margin + 12, idY, idWidth, 14), XStringFormats.CenterLeft);
            idY += 14;
        }

        idY += 6;
        foreach (var line in Wrap(gfx, $"核验地址：{verifyUrl}", FontOf(8), idWidth))
        {
            gfx.DrawString(line, FontOf(8), new XSolidBrush(Grey), new XRect(Margin + 12, idY, idWidth, 12), XStringFormats.CenterLeft);
            idY += 12;
        }
    }

    private void DrawFooter(XGraphics gfx, string watermark, double width, double height)
    {
        var footerY = height - Margin - 34;
        foreach (var line in Wrap(gfx, watermark, FontOf(10), width - 2 * Margin - 24))
        {
            gfx.DrawString(line, FontOf(10), new XSolidBrush(Red), new XRect(Margin + 12, footerY, width - 2 * Margin - 24, 15), XStringFormats.Center);
            footerY += 15;
        }
    }

    private static void DrawBackgroundWatermark(XGraphics gfx, string text, XFont font, double width, double height)
    {
        var state = gfx.Save();
        gfx.IntersectClip(new XRect(Margin - 9, Margin - 9, width - 2 * (Margin - 9), height - 2 * (Margin - 9)));
        gfx.RotateAtTransform(-35, new XPoint(width / 2, height / 2));
        var brush = new XSolidBrush(XColor.FromArgb(28, 0xB7, 0x1C, 0x1C));
        for (var y = -height * 0.4; y < height * 1.4; y += 90)
        {
            gfx.DrawString(text, font, brush, new XRect(-width * 0.5, y, width * 2, 20), XStringFormats.Center);
        }

        gfx.Restore(state);
    }

    /// <summary>Breaks text at any character: Chinese has no spaces to break at.</summary>
    private static List<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var start = 0;
            while (start < paragraph.Length)
            {
                var end = start + 1;
                while (end < paragraph.Length && gfx.MeasureString(paragraph[start..(end + 1)], font).Width <= width)
                {
                    end++;
                }

                if (end < paragraph.Length && char.IsHighSurrogate(paragraph[end - 1]))
                {
                    end++;
                }

                lines.Add(paragraph[start..end]);
                start = end;
            }

            if (paragraph.Length == 0)
            {
                lines.Add("");
            }
        }

        return lines;
    }

    private static byte[] QrPng(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        // With colours given, QRCoder writes a 1-bit palette PNG; PDFsharp cannot import its default 1-bit greyscale.
        return new PngByteQRCode(data).GetGraphic(8, [0, 0, 0, 255], [255, 255, 255, 255]);
    }

    private static string ValidUntilText(DateOnly? date) => date is { } d ? HallTime.FormatNoticeDate(d) : "长期";
}
