using System.Globalization;

namespace WorkflowHall.Web.Components.Shared;

/// <summary>Which of a pair of texts the reader gets: the data's own English where it has one, else its Chinese.</summary>
public static class ReaderLanguage
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string Pick(string chinese, string? english) => IsChinese || string.IsNullOrWhiteSpace(english) ? chinese : english;
}
