using WorkflowHall.Data;
using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Web.Admin.Matters;

/// <summary>
/// What became of a save or publish: the problems of the guide field by field (nothing saved), a
/// refusal such as a stale edit, or the saved revision and the published version.
/// </summary>
public sealed record GuideSubmission(IReadOnlyList<GuideProblem> Problems, HallError? Error, int? Revision, int? PublishedVersion)
{
    public bool Succeeded => Problems.Count == 0 && Error is null;

    public bool IsStale => Error?.Code == "matter.conflict";

    public static GuideSubmission Refused(IReadOnlyList<GuideProblem> problems) => new(problems, null, null, null);

    public static GuideSubmission Refused(HallError error) => new([], error, null, null);
}
