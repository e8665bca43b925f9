using System.Text.Json;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Engine.Hosting;

/// <summary>
/// A typed service task handler: process variables are bound to <typeparamref name="TInput"/> by
/// name (JSON rules, case-insensitive) and the properties of <typeparamref name="TOutput"/> become
/// variables again.
/// </summary>
public abstract class ServiceTaskHandler<TInput, TOutput> : IServiceTaskHandler
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public abstract string Name { get; }

    protected abstract ValueTask<TOutput> ExecuteAsync(TInput input, ServiceTaskContext context, CancellationToken cancellationToken);

    async ValueTask<IReadOnlyDictionary<string, object?>> IServiceTaskHandler.ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.Deserialize<TInput>(CanonicalJson.Serialize(context.Variables), Options)!;
        var output = await ExecuteAsync(input, context, cancellationToken);
        using var document = JsonSerializer.SerializeToDocument(output, Options);
        return VariableValue.FromJson(document.RootElement) as IReadOnlyDictionary<string, object?> ?? VariableMap.Empty;
    }
}
