using QRCoder;

namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>A QR code as a PNG data URI, so a printed page carries it without another request (the CSP allows data: images).</summary>
public static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
