namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// One verb on one route of the hall, as the generator found it: in the OpenAPI document, among the app's
/// endpoints (Razor component pages and minimal APIs), or both.
/// </summary>
public sealed record MatrixEndpoint(string Verb, string Template)
{
    /// <summary>Route parameters, without constraints (<c>{version:int}</c> → <c>version</c>).</summary>
    public IReadOnlyList<string> RouteParameters { get; init; } = [];

    /// <summary>Query parameters the OpenAPI document marks required.</summary>
    public IReadOnlyList<string> RequiredQuery { get; init; } = [];

    /// <summary>The others: sent when the generator knows them (an inbox asked for the step's post and unit), left out otherwise.</summary>
    public IReadOnlyList<string> OptionalQuery { get; init; } = [];

    /// <summary>The JSON schema of the request body (from OpenAPI), if the operation takes JSON.</summary>
    public OpenApiSchema? JsonBodySchema { get; init; }

    /// <summary>The body type of a minimal API the OpenAPI document does not describe.</summary>
    public Type? JsonBodyType { get; init; }

    public bool AcceptsMultipart { get; init; }

    /// <summary>Takes XML (a BPMN file).</summary>
    public bool AcceptsXml { get; init; }

    /// <summary>A Razor component page: its POSTs are its forms (read from the page as each persona gets it).</summary>
    public bool IsPage { get; init; }

    /// <summary>Marked [AllowAnonymous]: public by design (the guide, tracking, verification…).</summary>
    public bool IsPublic { get; init; }

    public bool InOpenApi { get; init; }

    public bool IsMutating => Verb is not ("GET" or "HEAD");

    public override string ToString() => $"{Verb} {Template}";
}
