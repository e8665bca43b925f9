using WorkflowHall.Engine.Hosting;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Cli.Simulation;

/// <summary>Stands in for a real service task handler during simulation: does nothing and returns no variables.</summary>
internal sealed class NoOpServiceTaskHandler(string name) : IServiceTaskHandler
{
    public string Name { get; } = name;

    public ValueTask<IReadOnlyDictionary<string, object?>> ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(VariableMap.Empty);
}
