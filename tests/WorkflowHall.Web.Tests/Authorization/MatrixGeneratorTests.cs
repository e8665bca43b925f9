using System.Text.Json;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>The matrix's generator: one spelling for routes, and a new endpoint it cannot fill is named, not skipped.</summary>
public sealed class MatrixGeneratorTests
{
    [Theory]
    [InlineData("/api/definitions/{key}/versions/{version:int}", "/api/definitions/{key}/versions/{version}")]
    [InlineData("/workbench/cases/{caseNumber}/materials/{materialId:long}", "/workbench/cases/{caseNumber}/materials/{materialId}")]
    [InlineData("/files/{*path}", "/files/{path}")]
    [InlineData("/items/{id?}/", "/items/{id}")]
    public void Routing_and_openapi_spellings_of_a_route_become_one(string template, string normalised) =>
        Assert.Equal(normalised, EndpointCatalog.Normalise(template));

    [Fact]
    public void A_route_parameter_the_generator_does_not_know_is_named()
    {
        var endpoint = new MatrixEndpoint("GET", "/api/cases/{caseNumber}/stamps/{stampId}") { RouteParameters = ["caseNumber", "stampId"] };

        Assert.Equal(["parameter 'stampId'"], ParameterValues.Unknown(endpoint, Sample()));
    }

    [Fact]
    public void A_required_body_property_it_does_not_know_is_named_and_an_optional_one_left_out()
    {
        using var document = JsonDocument.Parse("""
            {"components":{"schemas":{"Seal":{"type":"object","required":["opinion","sealColour"],
              "properties":{"opinion":{"type":"string"},"sealColour":{"type":"string"},"mood":{"type":["string","null"]}}}}}}
            """);
        var schema = new OpenApiSchema(JsonDocument.Parse("""{"$ref":"#/components/schemas/Seal"}""").RootElement, document.RootElement);
        var endpoint = new MatrixEndpoint("POST", "/api/cases/{caseNumber}/seal") { RouteParameters = ["caseNumber"], JsonBodySchema = schema };
        var unknown = new List<string>();

        var body = RequestBodies.FromSchema(schema, Sample(), Personas.WindowClerk, unknown);

        Assert.Equal(["body property 'sealColour'"], unknown);
        Assert.Equal(["opinion"], body.Keys);
        Assert.Equal(["body property 'sealColour'"], ParameterValues.Unknown(endpoint, Sample()));
    }

    [Fact]
    public void Case_bound_parameters_take_the_case_of_the_stage_and_a_certificate_only_once_issued()
    {
        var submitted = Sample();

        Assert.Equal("CASE-1", ParameterValues.RouteValue("CaseNumber", submitted));
        Assert.Equal("case-id", ParameterValues.RouteValue("instanceId", submitted));
        Assert.Null(ParameterValues.RouteValue("identifier", submitted));
        Assert.Equal("CERT-1", ParameterValues.RouteValue("Identifier", submitted with { CertificateIdentifier = "CERT-1" }));
    }

    private static FixtureCase Sample() => new(CaseStage.Submitted, new CaseRecord
    {
        Id = "case-id", CaseNumber = "CASE-1", ImplementationCode = "code", MatterName = "事项", ApplicantNumber = "341602196802270531",
        ApplicantKind = "CitizenIdNumber", ApplicantName = "刘卫东", HandlingUnit = "bz-qc-forestry", Status = "Submitted", FormJson = "{}", Channel = "2",
    })
    {
        DefinitionKey = "standard-approval", DefinitionVersion = 1, WorkItemId = "wi2", OpenStepPost = "window-acceptance",
        OpenStepActions = ["accept"], FirstStepNodeId = "accept", MaterialId = 1, MayActOnStep = new HashSet<string> { "wang.fang" },
    };
}
