namespace WorkflowHall.Domain.Ratings;

/// <summary>
/// Why a rating or a rectification step was refused, in words the applicant or the clerk can act on.
/// <paramref name="Code"/> is stable for programs; the messages are for people.
/// </summary>
public sealed record RatingRefusal(string Code, string MessageZh, string MessageEn)
{
    public override string ToString() => $"{Code}: {MessageZh} / {MessageEn}";
}
