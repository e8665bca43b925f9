namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// What the generator knows how to fill: route and query parameters and the properties of request bodies,
/// by name, from the matrix case under test and the persona sending. A name missing here makes the matrix
/// fail with the endpoint's name: teach it the new parameter rather than leave the endpoint out.
/// </summary>
public static class ParameterValues
{
    /// <summary>Parameters that name one case (or something of it): their endpoints are case-bound and run against each stage.</summary>
    public static readonly IReadOnlySet<string> CaseBound = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "caseNumber", "id", "instanceId", "workItemId", "identifier", "materialId",
    };

    /// <summary>Route and query parameters. A null value: the parameter has no value at this stage (a certificate before issue).</summary>
    private static readonly Dictionary<string, Func<FixtureCase, string?>> Route = new(StringComparer.OrdinalIgnoreCase)
    {
        ["caseNumber"] = c => c.CaseNumber,
        ["id"] = c => c.InstanceId,
        ["instanceId"] = c => c.InstanceId,
        ["workItemId"] = c => c.WorkItemId,
        ["identifier"] = c => c.CertificateIdentifier,
        ["materialId"] = c => c.MaterialId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["key"] = c => c.DefinitionKey,
        ["version"] = c => c.DefinitionVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["implementationCode"] = c => c.Case.ImplementationCode,
        ["code"] = c => c.Case.HandlingUnit,
        ["from"] = c => c.DefinitionVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = c => c.DefinitionVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["post"] = c => c.OpenStepPost ?? "window-acceptance",
        ["unit"] = c => c.Case.HandlingUnit,
        ["name"] = _ => "zh-CN", // /culture/{name}: the culture the matrix reads the pages in
        ["callId"] = _ => "sc-matrix", // /api/admin/incidents/{instanceId}/{callId}/retry: no such incident, so the administrator's answer is a 404
    };

    public static bool KnowsRoute(string name) => Route.ContainsKey(name);

    public static string? RouteValue(string name, FixtureCase c) => Route[name](c);

    /// <summary>Body properties: what an attacker who read the OpenAPI document would send to make the call succeed.</summary>
    private static readonly Dictionary<string, Func<FixtureCase, Persona, object?>> Body = new(StringComparer.OrdinalIgnoreCase)
    {
        ["definitionKey"] = (c, _) => c.DefinitionKey,
        ["handlingUnit"] = (c, _) => c.Case.HandlingUnit,
        ["businessKey"] = (_, _) => "矩阵-" + Guid.NewGuid().ToString("N")[..8],
        ["variables"] = (_, p) => new Dictionary<string, object> { ["applicant"] = p.UserName ?? "liu.weidong", ["事项"] = "矩阵测试" },
        // The decision the open step offers first (accept at acceptance, review at review …); "approve" once nothing is open.
        ["outcome"] = (c, _) => c.OpenStepActions.FirstOrDefault() ?? "approve",
        ["act"] = (c, _) => c.OpenStepActions.FirstOrDefault() ?? "approve",
        ["legalBasis"] = (_, _) => "《中华人民共和国行政许可法》第三十八条",
        ["items"] = (_, _) => new[] { "矩阵测试材料" },
        ["opinion"] = (_, _) => "矩阵测试意见",
        ["reason"] = (_, _) => "矩阵测试理由",
        ["note"] = (_, _) => "矩阵测试说明",
        ["targetNodeId"] = (c, _) => c.FirstStepNodeId,
        // Reassigning or delegating the step to oneself is the attack.
        ["assignee"] = (_, p) => p.UserName ?? "wang.fang",
        ["delegate"] = (_, p) => p.UserName ?? "wang.fang",
        ["signers"] = (_, p) => new[] { p.UserName ?? "wang.fang" },
        ["signer"] = (_, p) => p.UserName ?? "wang.fang",
        ["expectedRevision"] = (_, _) => null,
        ["dryRun"] = (_, _) => false,
        ["targetVersion"] = (c, _) => c.DefinitionVersion,
        ["fromVersion"] = (c, _) => c.DefinitionVersion,
        ["toVersion"] = (c, _) => c.DefinitionVersion,
        ["version"] = (c, _) => c.DefinitionVersion,
        ["key"] = (c, _) => c.DefinitionKey,
        ["bpmn"] = (_, _) => Infrastructure.SampleBpmn.Standard(),
    };

    public static bool KnowsBody(string name) => Body.ContainsKey(name);

    /// <summary>What the generator cannot fill for the endpoint (route and required query parameters, required body properties), by name.</summary>
    public static IReadOnlyList<string> Unknown(MatrixEndpoint endpoint, FixtureCase sample)
    {
        var unknown = endpoint.RouteParameters.Concat(endpoint.RequiredQuery).Where(p => !KnowsRoute(p)).Select(p => $"parameter '{p}'").ToList();
        if (!endpoint.IsMutating) return unknown;
        if (endpoint.JsonBodySchema is { } schema) RequestBodies.FromSchema(schema, sample, Personas.Administrator, unknown);
        else if (endpoint.JsonBodyType is { } type) RequestBodies.FromType(type, sample, Personas.Administrator, unknown);
        return unknown;
    }

    public static object? BodyValue(string name, FixtureCase c, Persona persona) => Body[name](c, persona);
}
