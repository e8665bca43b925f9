using WorkflowHall.Data;
using WorkflowHall.Data.Records;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>The saved draft; it can be published once <see cref="Problems"/> is empty.</summary>
public sealed record DraftResponse(string Key, string? Name, int Revision, DateTimeOffset SavedAt, string SavedBy, bool Publishable, IReadOnlyList<ProblemItem> Problems)
{
    public static DraftResponse From(DefinitionDraftRecord draft, IReadOnlyList<ProblemItem> problems) =>
        new(draft.Key, draft.Name, draft.Revision, StoredTime.FromStored(draft.SavedAt), draft.SavedBy, problems.Count == 0, problems);
}
