namespace WorkflowHall.Cli;

/// <summary>Why a command cannot go on (a wrong argument, a broken calendar), in Chinese and English.</summary>
internal sealed record CliError(string MessageZh, string MessageEn)
{
    public override string ToString() => $"{MessageZh} / {MessageEn}";
}
