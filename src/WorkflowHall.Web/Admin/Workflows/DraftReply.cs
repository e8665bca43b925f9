using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>
/// The designer's answer to a save: the draft's revision and every problem the engine found (a saved draft may
/// still have problems; it cannot be published until they are fixed). A file that cannot be read is a problem
/// details answer instead, with the same problems.
/// </summary>
public sealed record DraftReply(int Revision, IReadOnlyList<ProblemItem> Problems);
