using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>
/// What a visitor searches the catalog by: words of the name or alias, a catalog or implementation
/// code (or its beginning), a department (unit code), an exercise level (GB/T 39046 A.2) and a topic.
/// Empty parts do not filter.
/// </summary>
public sealed record MatterQuery(string? Name = null, string? Code = null, string? Department = null, string? Level = null, string? Topic = null)
{
    public bool IsEmpty => new[] { Name, Code, Department, Level, Topic }.All(string.IsNullOrWhiteSpace);

    public bool Matches(PublishedMatter matter)
    {
        var guide = matter.Guide;
        return MatchesName(guide)
            && MatchesCode(guide)
            && (Blank(Department) || matter.Units.Contains(Department!.Trim(), StringComparer.Ordinal))
            && (Blank(Level) || string.Equals(guide.ExerciseLevel, Level!.Trim(), StringComparison.Ordinal))
            && (Blank(Topic) || guide.Topics.Contains(Topic!.Trim(), StringComparer.Ordinal));
    }

    private bool MatchesName(ServiceGuide guide)
    {
        if (Blank(Name)) return true;
        // Every word must appear in the name, the alias or the English name: "用火 审批" finds 野外用火审批.
        var words = Name!.Split([' ', '　', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join('\n', new[] { guide.Name, guide.Alias, guide.NameEn }.OfType<string>());
        return words.All(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private bool MatchesCode(ServiceGuide guide)
    {
        if (Blank(Code)) return true;
        var code = Code!.Trim();
        return new[] { guide.CatalogCode, guide.ImplementationCode, guide.HandlingItemCode, guide.Code }
            .OfType<string>()
            .Any(c => c.StartsWith(code, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
