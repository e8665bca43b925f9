using System.Text.Json;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>Starting a case on the latest active version of a definition; the applicant's data goes in <see cref="Variables"/>.</summary>
public sealed record StartInstanceRequest(string DefinitionKey, string? HandlingUnit = null, string? BusinessKey = null,
    Dictionary<string, JsonElement>? Variables = null);
