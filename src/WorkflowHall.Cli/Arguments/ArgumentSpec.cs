namespace WorkflowHall.Cli.Arguments;

/// <summary>A positional argument a command takes: how usage writes it (<c>FILE.bpmn</c>, <c>DATE</c>) and what it is, for messages.</summary>
internal sealed record ArgumentSpec(string Name, string MeaningZh, string MeaningEn)
{
    public static readonly ArgumentSpec BpmnFile = new("FILE.bpmn", "BPMN 文件", "the BPMN file");
}
