namespace WorkflowHall.Cli.Definitions;

internal enum DefinitionStatus
{
    /// <summary>A process was read and nothing is wrong with it.</summary>
    Valid,
    /// <summary>The file is BPMN, but the process has problems or must be picked with <c>--process</c>.</summary>
    Invalid,
    /// <summary>Missing, not well-formed XML, carrying a DTD, too large, or not BPMN at all.</summary>
    Unreadable,
}
