using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;
using WorkflowHall.Data;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Api;
using WorkflowHall.Web.Api.Instances;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Pages;
using WorkflowHall.Web.Scheduling;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Hosting;

/// <summary>The one place the web host is wired up: <see cref="AddHallWeb"/> for services, <see cref="UseHallWeb"/> for the pipeline.</summary>
public static class HallWebBuilderExtensions
{
    public const string RetentionSection = "Retention";

    public static WebApplicationBuilder AddHallWeb(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;
        var services = builder.Services;

        // The database, the durable engine, and what runs before and beside the server.
        services.Configure<HallHostOptions>(configuration.GetSection(HallHostOptions.Section));
        var workflows = WorkflowsFolder.Locate(configuration[$"{HallHostOptions.Section}:{nameof(HallHostOptions.WorkflowsPath)}"], contentRoot);
        services.AddSingleton(workflows);
        HallFilesConfiguration.Add(services, configuration, contentRoot);
        var database = DatabaseConfiguration.Read(configuration, contentRoot);
        var supervision = configuration.GetSection(SupervisionOptions.Section).Get<SupervisionOptions>() ?? new SupervisionOptions();
        services.AddSingleton(supervision);
        services.AddHallData(database, CalendarLoader.Load(workflows), configuration.GetSection(RetentionSection).Get<RetentionOptions>());
        services.AddServiceCallRetries();
        services.AddSingleton(SamplesFolder.Locate(configuration[$"{HallHostOptions.Section}:{nameof(HallHostOptions.SamplesPath)}"], contentRoot));
        services.AddSingleton<DemoHallSeed>();
        services.AddHostedService<DatabaseStartup>(); // first: the others start on a migrated, seeded database
        // Quartz: the supervision sweep and BPMN timers, in a persistent job store in the hall's database.
        services.AddHallScheduler(database, configuration.GetSection(HallSchedulerOptions.Section).Get<HallSchedulerOptions>() ?? new HallSchedulerOptions(),
            supervision);

        // Chinese stays Chinese in pages and JSON, instead of &#x...; and \u escapes.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });

        // Every API call and every page but the public ones is authenticated (API key or login); the
        // authenticated name is the actor the engine records.
        services.Configure<ApiKeyOptions>(configuration.GetSection(ApiKeyOptions.Section));
        AccountsConfiguration.Add(services, configuration, database);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(HallPolicies.Admin, policy => policy.RequireRole(HallRoles.Admin))
            .AddPolicy(HallPolicies.Staff, policy => policy.RequireRole(HallRoles.Clerk, HallRoles.Admin, HallRoles.Auditor))
            .AddPolicy(HallPolicies.Handling, policy => policy.RequireRole(HallRoles.Clerk, HallRoles.Admin));

        HttpsConfiguration.Add(services, configuration);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = HallProblems.Customize);
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiKeySecurityTransformer>());
        services.AddHealthChecks().AddDbContextCheck<HallDbContext>("database", customTestQuery: async (db, cancellationToken) =>
            await db.Database.CanConnectAsync(cancellationToken) && !await HallDatabase.HasPendingMigrationsAsync(db, cancellationToken));

        var materials = configuration.GetSection("Materials").Get<MaterialStoreOptions>() ?? new MaterialStoreOptions();
        HallPagesConfiguration.Add(services, configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions(), materials);

        Cases.CaseReadingServices.Add(services);
        Workbench.WorkbenchConfiguration.Add(services);
        Portal.Public.PublicPortalServices.Add(services);
        services.AddSingleton<InstanceViews>();
        Admin.Workflows.WorkflowDesignerConfiguration.Add(services);
        services.AddSingleton<CommandSender>();
        Admin.AdministrationConfiguration.Add(services);
        services.AddSingleton<ApiCallers>();
        Portal.Applicant.ApplicantPortal.Add(services);
        Audit.Replay.ReplayServices.Add(services);
        Audit.Supervision.SupervisionAuditConfiguration.Add(services);
        return builder;
    }

    public static WebApplication UseHallWeb(this WebApplication app)
    {
        // First: everything after sees the scheme and client address the TLS proxy saw (HttpsConfiguration).
        app.UseForwardedHeaders();
        // Unhandled exceptions become a 500 problem without details; a request the framework could not bind keeps its 400.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // The client's error, not the server's: CallLogMiddleware logs it as a warning, without a stack trace.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseHsts();
        app.UseCookiePolicy();
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        // A fresh scope for the re-executed page: the first render already initialised the scope's NavigationManager (a page calling NotFound()).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        HallPagesConfiguration.Use(app);
        // Routing after the status-code pages, so that a page's 404 re-executes to /not-found and finds it.
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CallLogMiddleware>();
        app.UseAuthorization();
        app.MapHallApi();
        HallPagesConfiguration.Map(app);
        return app;
    }
}
