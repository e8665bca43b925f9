namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>
/// The designer's answer to a save: saved or not (an unreadable file is not), the draft's revision, a message
/// when refused, and every problem the engine found (a saved draft may still have problems; it cannot be
/// published until they are fixed).
/// </summary>
public sealed record DraftReply(bool Saved, int? Revision, string? Message, IReadOnlyList<DesignerProblem> Problems);
