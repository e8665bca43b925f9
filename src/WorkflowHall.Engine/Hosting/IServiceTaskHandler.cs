using System.Collections.Immutable;

namespace WorkflowHall.Engine.Hosting;

/// <summary>
/// Runs a service task. Handlers must be idempotent: the same <see cref="ServiceTaskContext.CallId"/>
/// may be delivered again after a crash or a retry, and must not do the work twice.
/// </summary>
public interface IServiceTaskHandler
{
    /// <summary>The name service tasks refer to (<c>hall:handler</c>, <c>camunda:class</c>, ...).</summary>
    string Name { get; }

    ValueTask<IReadOnlyDictionary<string, object?>> ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken);
}

public sealed record ServiceTaskContext(string InstanceId, string CallId, string NodeId, ImmutableSortedDictionary<string, object?> Variables);
