using System.Collections.Frozen;
using System.Collections.Immutable;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>
/// One executable process, immutable. Lookups used on every step (node by id, outgoing and incoming
/// flows) are built once, lazily, and shared by every instance of the definition.
/// </summary>
public sealed record ProcessDefinition(string Key, string? Name, ImmutableArray<FlowNode> Nodes, ImmutableArray<SequenceFlow> Flows)
{
    public bool IsExecutable { get; init; } = true;
    public string? Documentation { get; init; }
    public DiagramLayout? Diagram { get; init; }

    /// <summary>Declared variable types (<c>hall:variable</c>), used to type-check conditions at publish.</summary>
    public ImmutableArray<VariableDeclaration> Variables { get; init; } = [];

    public ImmutableArray<string> ForeignExtensions { get; init; } = [];

    /// <summary>Attributes of the <c>process</c> element in foreign namespaces, kept for export.</summary>
    public ImmutableArray<ForeignAttribute> ForeignAttributes { get; init; } = [];

    /// <summary>
    /// The prefixes the source file bound to the namespaces of <see cref="ForeignAttribute"/>s
    /// (namespace URI → prefix), so that an export writes them the way the file did.
    /// </summary>
    public ImmutableDictionary<string, string> ForeignPrefixes { get; init; } = ImmutableDictionary<string, string>.Empty;

    private ProcessGraph? _graph;

    /// <summary>Indexes over nodes and flows, built on first use.</summary>
    /// <remarks>
    /// A <c>with</c> expression copies the cached graph too; it is rebuilt when the copy holds other
    /// nodes or flows than the graph was built from.
    /// </remarks>
    public ProcessGraph Graph => _graph is { } graph && graph.IsFor(Nodes, Flows) ? graph : _graph = new ProcessGraph(this);

    public FlowNode Node(string id) => Graph.Node(id);
}

public enum VariableType
{
    String,
    Number,
    Boolean,
    List,
    Map,
}

public sealed record VariableDeclaration(string Name, VariableType Type);

/// <summary>Lookups over a <see cref="ProcessDefinition"/>.</summary>
public sealed class ProcessGraph
{
    private readonly FrozenDictionary<string, FlowNode> _nodes;
    private readonly FrozenDictionary<string, SequenceFlow> _flows;
    private readonly FrozenDictionary<string, ImmutableArray<SequenceFlow>> _outgoing;
    private readonly FrozenDictionary<string, ImmutableArray<SequenceFlow>> _incoming;
    private readonly FrozenDictionary<string, ImmutableArray<TimerBoundaryEvent>> _boundaries;
    private readonly FrozenDictionary<string, ImmutableArray<FlowNode>> _children;

    private readonly ImmutableArray<FlowNode> _builtFromNodes;
    private readonly ImmutableArray<SequenceFlow> _builtFromFlows;

    internal ProcessGraph(ProcessDefinition definition)
    {
        _builtFromNodes = definition.Nodes;
        _builtFromFlows = definition.Flows;
        _nodes = definition.Nodes.DistinctBy(n => n.Id).ToFrozenDictionary(n => n.Id);
        _flows = definition.Flows.DistinctBy(f => f.Id).ToFrozenDictionary(f => f.Id);
        _outgoing = definition.Flows.GroupBy(f => f.SourceId).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _incoming = definition.Flows.GroupBy(f => f.TargetId).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _boundaries = definition.Nodes.OfType<TimerBoundaryEvent>().GroupBy(b => b.AttachedToId)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _children = definition.Nodes.GroupBy(n => n.ParentId ?? "").ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
    }

    internal bool IsFor(ImmutableArray<FlowNode> nodes, ImmutableArray<SequenceFlow> flows) =>
        nodes == _builtFromNodes && flows == _builtFromFlows;

    public FlowNode Node(string id) =>
        _nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No flow node '{id}' in the definition.");

    public bool TryGetNode(string id, out FlowNode node) => _nodes.TryGetValue(id, out node!);

    public SequenceFlow Flow(string id) => _flows[id];

    public bool TryGetFlow(string id, out SequenceFlow flow) => _flows.TryGetValue(id, out flow!);

    public ImmutableArray<SequenceFlow> Outgoing(string nodeId) => _outgoing.TryGetValue(nodeId, out var f) ? f : [];

    public ImmutableArray<SequenceFlow> Incoming(string nodeId) => _incoming.TryGetValue(nodeId, out var f) ? f : [];

    public ImmutableArray<TimerBoundaryEvent> BoundaryEvents(string activityId) => _boundaries.TryGetValue(activityId, out var b) ? b : [];

    /// <summary>Direct children of a scope: the process (null) or an embedded sub-process id.</summary>
    public ImmutableArray<FlowNode> Children(string? scopeId) => _children.TryGetValue(scopeId ?? "", out var c) ? c : [];
}
