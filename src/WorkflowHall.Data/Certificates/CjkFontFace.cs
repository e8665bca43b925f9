using System.Globalization;

namespace WorkflowHall.Data.Certificates;

/// <summary>The Chinese font face certificate PDFs are set in, read from the first configured path that holds one.</summary>
internal sealed record CjkFontFace(string Path, int FaceIndex, string FamilyName, byte[] Data)
{
    /// <exception cref="CertificateFontNotFoundException">No path held a readable font.</exception>
    public static CjkFontFace Load(CertificatePdfOptions options)
    {
        var tried = new List<string>();
        foreach (var entry in options.FontPaths)
        {
            var (path, index) = Split(entry);
            if (!File.Exists(path))
            {
                tried.Add($"{entry} (not found)");
                continue;
            }

            try
            {
                var face = OpenTypeFile.ExtractFace(File.ReadAllBytes(path), index);
                var family = OpenTypeFile.FamilyName(face) ?? System.IO.Path.GetFileNameWithoutExtension(path);
                return new CjkFontFace(path, index, family, face);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                tried.Add($"{entry} ({e.Message})");
            }
        }

        throw new CertificateFontNotFoundException(tried);
    }

    private static (string Path, int Index) Split(string entry)
    {
        var hash = entry.LastIndexOf('#');
        return hash > 0 && int.TryParse(entry.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (entry[..hash], index)
            : (entry, 0);
    }
}
