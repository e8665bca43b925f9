using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Fonts;

namespace WorkflowHall.Data.Certificates;

/// <summary>
/// PDFsharp's font resolver is one per process (<see cref="GlobalFontSettings.FontResolver"/>, to be
/// set once and always to the same instance), so this one is a registry: each loaded face is
/// registered under a family name of its own and served by that name only. It never falls back to
/// another font: a family it does not know is PDFsharp's error, not a page of empty boxes.
/// </summary>
internal sealed class CertificateFontResolver : IFontResolver
{
    public static readonly CertificateFontResolver Instance = new();

    private static readonly Lock InstallLock = new();

    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> _served = new(StringComparer.Ordinal);

    private CertificateFontResolver()
    {
    }

    /// <summary>Registers a face and returns the family name to ask PDFsharp for.</summary>
    public string Register(CjkFontFace face)
    {
        Install();
        var source = SHA256.HashData(Encoding.UTF8.GetBytes($"{face.Path}#{face.FaceIndex}"));
        var family = $"WorkflowHall CJK {face.FamilyName} {Convert.ToHexStringLower(source)[..8]}";
        _faces.TryAdd(family, face.Data);
        return family;
    }

    /// <summary>How many times PDFsharp was given the bytes of <paramref name="family"/>.</summary>
    public int TimesServed(string family) => _served.GetValueOrDefault(family);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        => _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName)
    {
        if (!_faces.TryGetValue(faceName, out var data))
        {
            return null;
        }

        _served.AddOrUpdate(faceName, 1, (_, n) => n + 1);
        return data;
    }

    private static void Install()
    {
        lock (InstallLock)
        {
            if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is { } other)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has a font resolver ({other.GetType().FullName}); certificate PDFs need theirs, and PDFsharp allows one per process.");
            }

            GlobalFontSettings.FontResolver = Instance;
        }
    }
}
