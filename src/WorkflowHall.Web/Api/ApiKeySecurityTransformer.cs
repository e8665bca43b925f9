using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api;

/// <summary>Tells OpenAPI clients that every operation takes the <c>X-Api-Key</c> header.</summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "WorkflowHall API";
        document.Info.Description = "政务服务大厅审批流程接口 / The hall's approval workflow API. Send your key in the X-Api-Key header.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyDefaults.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyDefaults.Header,
            Description = "开发用密钥 / Development API key",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyDefaults.Scheme, document)] = [] });
        return Task.CompletedTask;
    }
}
