using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Data.Runtime;

/// <summary>A published version as stored, with its parsed definition.</summary>
public sealed record PublishedDefinition(DefinitionVersionRecord Record, ProcessDefinition Definition)
{
    public string Key => Record.Key;
    public int Version => Record.Version;
}
