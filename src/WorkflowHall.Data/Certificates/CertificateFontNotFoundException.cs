
namespace WorkflowHall.Data.Certificates;

/// <summary>No configured path held a usable Chinese font, so certificate PDFs cannot be made.</summary>
public sealed class CertificateFontNotFoundException(IReadOnlyList<string> tried)
    : InvalidOperationException(MessageFor(tried))
{
    /// <summary>Each path tried, with why it was not used.</summary>
    public IReadOnlyList<string> Tried { get; } = tried;

    private static string MessageFor(IReadOnlyList<string> tried) =>
        "未找到证照 PDF 所需的中文字体 / No Chinese font for certificate PDFs. Tried: "
        + (tried.Count == 0 ? "(no paths configured)" : string.Join("; ", tried))
        + ". Install the Debian package fonts-wqy-zenhei (apt-get install -y fonts-wqy-zenhei) or fonts-noto-cjk,"
        + " or list a CJK TrueType font (.ttf, or .ttc#face) in CertificatePdfOptions.FontPaths.";
}
