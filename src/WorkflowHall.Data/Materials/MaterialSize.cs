using System.Globalization;

namespace WorkflowHall.Data.Materials;

/// <summary>A file size as people read it: <c>20 MB</c>, <c>1.5 MB</c>, <c>1 KB</c>, <c>300 B</c>.</summary>
public static class MaterialSize
{
    public static string Text(long bytes) => bytes switch
    {
        >= 1024 * 1024 => Scaled(bytes / 1024.0 / 1024, "MB"),
        >= 1024 => Scaled(bytes / 1024.0, "KB"),
        _ => $"{bytes} B",
    };

    private static string Scaled(double value, string unit) =>
        (Math.Abs(value - Math.Round(value)) < 0.05 ? Math.Round(value).ToString(CultureInfo.InvariantCulture) : value.ToString("F1", CultureInfo.InvariantCulture)) + " " + unit;
}
