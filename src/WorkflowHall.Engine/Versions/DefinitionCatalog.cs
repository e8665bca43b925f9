using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Versions;

/// <summary>
/// The versions of every definition key, as an immutable value: each operation returns a new
/// catalog, so publishing is all-or-nothing — the caller swaps the whole catalog or keeps the old one.
/// A key has at most one draft and any number of published versions, which never change.
/// </summary>
public sealed class DefinitionCatalog
{
    public static readonly DefinitionCatalog Empty = new(ImmutableSortedDictionary.Create<string, DefinitionHistory>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, DefinitionHistory> _histories;

    private DefinitionCatalog(ImmutableSortedDictionary<string, DefinitionHistory> histories) => _histories = histories;

    public IEnumerable<DefinitionHistory> Histories => _histories.Values;

    public DefinitionHistory? History(string key) => _histories.GetValueOrDefault(key);

    /// <summary>The version a new instance of <paramref name="key"/> starts on, or null if none is published and active.</summary>
    public PublishedVersion? Latest(string key) => History(key)?.Latest;

    public PublishedVersion? Version(string key, int version) => History(key)?.Version(version);

    public DefinitionCatalog SaveDraft(ProcessDefinition definition, string bpmn, DateTimeOffset at, string by)
    {
        var history = History(definition.Key) ?? new DefinitionHistory(definition.Key, null, []);
        return With(history with { Draft = new DefinitionDraft(definition.Key, definition, bpmn, at, by) });
    }

    /// <summary>Validates the draft and, when it has no problems, publishes it as the next version and clears the draft.</summary>
    public PublishResult Publish(string key, DateTimeOffset at, string by, string? note = null)
    {
        if (History(key)?.Draft is not { } draft)
        {
            return PublishResult.Refused(this, [new ValidationProblem(key, "process", ProblemCode.NoExecutableProcess,
                $"流程 \"{key}\" 没有可发布的草稿", $"Definition \"{key}\" has no draft to publish")]);
        }
        var problems = DefinitionValidator.Validate(draft.Definition);
        if (!problems.IsEmpty) return PublishResult.Refused(this, problems);

        var history = History(key)!;
        var number = history.Versions.Count == 0 ? 1 : history.Versions[^1].Version + 1;
        var version = new PublishedVersion(key, number, draft.Definition, draft.Bpmn, at, by) { Note = note };
        return new PublishResult(With(history with { Draft = null, Versions = history.Versions.Add(version) }), version, []);
    }

    public DefinitionCatalog Retire(string key, int version, DateTimeOffset at, string by)
    {
        var history = History(key) ?? throw new KeyNotFoundException($"No definition '{key}'.");
        var index = history.Versions.FindIndex(v => v.Version == version);
        if (index < 0) throw new KeyNotFoundException($"Definition '{key}' has no version {version}.");
        if (history.Versions[index].IsRetired) return this;
        var retired = history.Versions[index] with { RetiredAt = at, RetiredBy = by };
        return With(history with { Versions = history.Versions.SetItem(index, retired) });
    }

    private DefinitionCatalog With(DefinitionHistory history) => new(_histories.SetItem(history.Key, history));
}

public sealed record PublishResult(DefinitionCatalog Catalog, PublishedVersion? Version, ImmutableArray<ValidationProblem> Problems)
{
    public bool IsPublished => Version is not null;

    public static PublishResult Refused(DefinitionCatalog unchanged, ImmutableArray<ValidationProblem> problems) => new(unchanged, null, problems);
}
