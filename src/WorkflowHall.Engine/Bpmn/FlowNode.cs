using System.Collections.Immutable;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>
/// A node of a process graph. Nodes are kept in one flat list per definition; <see cref="ParentId"/>
/// names the embedded sub-process that contains the node (null at process level).
/// </summary>
public abstract record FlowNode(string Id, string? Name, string? ParentId)
{
    /// <summary>The BPMN element name, e.g. <c>userTask</c>, used in messages and export.</summary>
    public abstract string Kind { get; }

    /// <summary>The flow taken when no conditional outgoing flow matches (gateways and activities).</summary>
    public string? DefaultFlowId { get; init; }

    public string? Documentation { get; init; }

    /// <summary>Extension elements the engine does not understand, kept verbatim for export.</summary>
    public ImmutableArray<string> ForeignExtensions { get; init; } = [];

    /// <summary>Attributes in foreign namespaces (vendor attributes), kept for export: qualified name → value.</summary>
    public ImmutableArray<ForeignAttribute> ForeignAttributes { get; init; } = [];

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name!;
}

public sealed record ForeignAttribute(string NamespaceUri, string LocalName, string Value);

public sealed record StartEvent(string Id, string? Name, string? ParentId) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "startEvent";
}

public sealed record EndEvent(string Id, string? Name, string? ParentId, bool Terminate) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "endEvent";
}

/// <summary>A human step: a work item is opened for it and the token waits until it is completed.</summary>
public sealed record UserTask(string Id, string? Name, string? ParentId) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "userTask";
    public TaskAssignment Assignment { get; init; } = TaskAssignment.None;
    public HallStepSettings Hall { get; init; } = HallStepSettings.None;
    public MultiInstanceSettings? MultiInstance { get; init; }
}

/// <summary>An automated step, run by the shell through a typed handler named by <see cref="Handler"/>.</summary>
public sealed record ServiceTask(string Id, string? Name, string? ParentId, string? Handler) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "serviceTask";
}

/// <summary><c>task</c> and <c>manualTask</c>: nothing to wait for, the token passes through.</summary>
public sealed record PassThroughTask(string Id, string? Name, string? ParentId, string ElementName) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => ElementName;
}

public sealed record ExclusiveGateway(string Id, string? Name, string? ParentId) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "exclusiveGateway";
}

public sealed record ParallelGateway(string Id, string? Name, string? ParentId) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "parallelGateway";
}

public sealed record InclusiveGateway(string Id, string? Name, string? ParentId) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "inclusiveGateway";
}

/// <summary>An intermediate catch event with a timer definition: the token waits until the timer fires.</summary>
public sealed record TimerCatchEvent(string Id, string? Name, string? ParentId, TimerDefinition Timer) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "intermediateCatchEvent";
}

/// <summary>A timer attached to an activity's boundary.</summary>
public sealed record TimerBoundaryEvent(string Id, string? Name, string? ParentId, string AttachedToId, bool CancelActivity, TimerDefinition Timer)
    : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "boundaryEvent";
}

/// <summary>An embedded sub-process: its children carry its id as <see cref="FlowNode.ParentId"/>.</summary>
public sealed record SubProcess(string Id, string? Name, string? ParentId) : FlowNode(Id, Name, ParentId)
{
    public override string Kind => "subProcess";
}
