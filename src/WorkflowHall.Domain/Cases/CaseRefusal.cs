namespace WorkflowHall.Domain.Cases;

/// <summary>
/// Why the hall refuses an act on a case, in words the clerk or applicant can act on. <paramref name="Code"/>
/// is stable for programs; <see cref="Target"/> names the field at fault when there is one.
/// </summary>
public sealed record CaseRefusal(string Code, string MessageZh, string MessageEn)
{
    public string? Target { get; init; }

    public override string ToString() => $"{Code}: {MessageZh} / {MessageEn}";
}
