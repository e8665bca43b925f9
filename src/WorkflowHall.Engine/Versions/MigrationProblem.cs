namespace WorkflowHall.Engine.Versions;

/// <summary>Why a running instance cannot move to the target version as planned: which node, and the reason in Chinese and English.</summary>
public sealed record MigrationProblem(string NodeId, string MessageZh, string MessageEn)
{
    public override string ToString() => $"{NodeId}: {MessageZh} / {MessageEn}";
}
