namespace WorkflowHall.Data.Certificates;

/// <summary>How certificate PDFs are made (configuration section <c>Certificates:Pdf</c>).</summary>
public sealed class CertificatePdfOptions
{
    public const string Section = "Certificates:Pdf";

    /// <summary>The licence marker PDFsharp accepts for its AGPL-3.0 licence.</summary>
    public const string Agpl = "AGPL";

    /// <summary>
    /// Where the Chinese font is looked for, in order; a path may end in <c>#n</c> to take face n of a
    /// collection (.ttc). Default: Debian's <c>fonts-wqy-zenhei</c>, then <c>fonts-noto-cjk</c> (face 2,
    /// Simplified Chinese).
    /// </summary>
    /// <remarks>
    /// WenQuanYi Zen Hei has TrueType outlines, so PDFsharp embeds only the glyphs used (a page is a
    /// few hundred kB). Noto Sans CJK has PostScript (CFF) outlines, which PDFsharp embeds whole: it
    /// works, but each PDF then carries the full face (about 16 MB).
    /// </remarks>
    public IList<string> FontPaths { get; set; } =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#2",
    ];

    /// <summary>
    /// The licence PDFsharp 6.5 runs under; without one it refuses to make any document. PDFsharp 6.5 is
    /// AGPL-3.0-only (the hall itself is MIT): <see cref="Agpl"/> accepts the AGPL for this deployment,
    /// any other text is loaded as a commercial licence key from empira. There is deliberately no
    /// default: choosing the licence is the deployment's decision.
    /// </summary>
    public string? PdfSharpLicense { get; set; }
}
