namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>One request of the matrix: a persona, a door, an endpoint with its parameters filled from a case, and a form or body.</summary>
public sealed record MatrixCell(Persona Persona, Door Door, MatrixEndpoint Endpoint, string Path, FixtureCase Case)
{
    public string Verb => Endpoint.Verb;

    /// <summary>Whether the endpoint names the case (its number, instance, step, certificate or material).</summary>
    public bool CaseBound => Endpoint.RouteParameters.Any(ParameterValues.CaseBound.Contains);

    /// <summary>The page form posted, if the cell posts one.</summary>
    public PageForm? Form { get; init; }

    public string FormSuffix => Form is null ? "" : $" [form '{Form.Name}' read from {Form.ReadFrom}]";
}
