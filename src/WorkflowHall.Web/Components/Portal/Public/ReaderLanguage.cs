using System.Globalization;

namespace WorkflowHall.Web.Components.Portal.Public;

/// <summary>Which of a pair of texts the reader gets: the data's own English where it has one, else its Chinese.</summary>
internal static class ReaderLanguage
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string Pick(string chinese, string? english) => IsChinese || string.IsNullOrWhiteSpace(english) ? chinese : english;
}
