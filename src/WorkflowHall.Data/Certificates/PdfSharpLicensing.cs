
namespace WorkflowHall.Data.Certificates;

/// <summary>
/// PDFsharp 6.5 makes no document until a licence is loaded, process-wide. The licence is the
/// deployment's choice (<see cref="CertificatePdfOptions.PdfSharpLicense"/>); without one the
/// first render says so instead of PDFsharp's bare "license is not valid".
/// </summary>
internal static class PdfSharpLicensing
{
    private static readonly Lock Gate = new();

    private static string? _loaded;

    public static void Ensure(string? license)
    {
        if (string.IsNullOrWhiteSpace(license))
        {
            throw new InvalidOperationException(
                "Certificate PDFs need a PDFsharp licence: PDFsharp 6.5 is AGPL-3.0-only and makes no document until one is loaded. "
                + $"Set CertificatePdfOptions.PdfSharpLicense (configuration Certificates:Pdf:PdfSharpLicense) to \"{CertificatePdfOptions.Agpl}\" "
                + "to accept the AGPL for this deployment, or to a commercial licence key from empira.");
        }

        lock (Gate)
        {
            var wanted = license.Trim();
            if (_loaded == wanted)
            {
                return;
            }

            if (wanted == CertificatePdfOptions.Agpl)
            {
                PdfSharp.PdfSharpLicense.SetAgplLicense();
            }
            else
            {
                PdfSharp.PdfSharpLicense.LoadLicense(wanted);
            }

            _loaded = wanted;
        }
    }
}
