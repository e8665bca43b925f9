namespace WorkflowHall.Domain.Identity;

/// <summary>
/// Why a number was refused, in words an applicant at the window can act on.
/// <paramref name="Code"/> is stable for programs; the messages are for people.
/// </summary>
public sealed record IdentityError(string Code, string MessageZh, string MessageEn);
