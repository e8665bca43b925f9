using System.Reflection;
using System.Text.Json;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>JSON bodies made from the OpenAPI schema (or the minimal API's body type) and <see cref="ParameterValues"/>.</summary>
public static class RequestBodies
{
    /// <summary>The body's properties; a required one the generator does not know is added to <paramref name="unknown"/>.</summary>
    public static Dictionary<string, object?> FromSchema(OpenApiSchema schema, FixtureCase c, Persona persona, ICollection<string> unknown)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        var resolved = schema.Resolved;
        if (!resolved.TryGetProperty("properties", out var properties)) return body;
        var required = resolved.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet() : [];
        foreach (var property in properties.EnumerateObject())
        {
            if (ParameterValues.KnowsBody(property.Name))
            {
                if (ParameterValues.BodyValue(property.Name, c, persona) is { } value) body[property.Name] = value;
            }
            else if (required.Contains(property.Name))
            {
                unknown.Add($"body property '{property.Name}'");
            }
        }
        return body;
    }

    /// <summary>The same for a body type known only from the endpoint's metadata (camelCase, as the host serialises).</summary>
    public static Dictionary<string, object?> FromType(Type type, FixtureCase c, Persona persona, ICollection<string> unknown)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (type == typeof(string) || type.IsPrimitive) return body;
        var constructor = type.GetConstructors().OrderByDescending(k => k.GetParameters().Length).FirstOrDefault();
        var required = constructor?.GetParameters().Where(p => !p.HasDefaultValue).Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (ParameterValues.KnowsBody(name))
            {
                if (ParameterValues.BodyValue(name, c, persona) is { } value) body[name] = value;
            }
            else if (required.Contains(property.Name) || property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null)
            {
                unknown.Add($"body property '{name}' of {type.Name}");
            }
        }
        return body;
    }
}
