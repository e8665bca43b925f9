namespace WorkflowHall.Domain.Matters;

/// <summary>Something wrong with a guide: which field, in Chinese and English.</summary>
public sealed record GuideProblem(string Field, string MessageZh, string MessageEn)
{
    public override string ToString() => $"{Field}: {MessageZh} / {MessageEn}";
}
