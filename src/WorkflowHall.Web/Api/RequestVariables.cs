using System.Collections.Immutable;
using System.Text.Json;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Web.Api;

/// <summary>Variables arrive as a JSON object; the engine holds strings, decimals, booleans, lists and maps.</summary>
internal static class RequestVariables
{
    public static ImmutableSortedDictionary<string, object?> ToEngine(IReadOnlyDictionary<string, JsonElement>? variables) =>
        variables is null ? VariableMap.Empty : VariableMap.From(variables.Select(v => KeyValuePair.Create(v.Key, VariableValue.FromJson(v.Value))));
}
