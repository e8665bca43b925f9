namespace WorkflowHall.Data.Certificates;

/// <summary>What a certificate's surface fields (照面信息) may be: labelled, each label once, of bounded size.</summary>
internal static class CertificateSurface
{
    public const int MaxLabelLength = 50;

    public const int MaxValueLength = 500;

    public const int MaxFields = 40;

    public static HallError? Check(IReadOnlyList<KeyValuePair<string, string>> surface)
    {
        if (surface.Count > MaxFields)
        {
            return CertificateErrors.SurfaceTooMany(surface.Count);
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < surface.Count; i++)
        {
            var (label, value) = surface[i];
            if (string.IsNullOrWhiteSpace(label))
            {
                return CertificateErrors.SurfaceLabelEmpty(i + 1);
            }

            if (!labels.Add(label))
            {
                return CertificateErrors.SurfaceLabelRepeated(label);
            }

            if (label.Length > MaxLabelLength || (value ?? "").Length > MaxValueLength)
            {
                return CertificateErrors.SurfaceTooLong(label);
            }
        }

        return null;
    }
}
