using WorkflowHall.Data;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Admin;
using WorkflowHall.Web.Admin.Workflows;
using WorkflowHall.Web.Api;
using WorkflowHall.Web.Audit.Replay;
using WorkflowHall.Web.Audit.Supervision;
using WorkflowHall.Web.Cases;
using WorkflowHall.Web.Pages;
using WorkflowHall.Web.Portal.Applicant;
using WorkflowHall.Web.Portal.Public;
using WorkflowHall.Web.Scheduling;
using WorkflowHall.Web.Security;
using WorkflowHall.Web.Workbench;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// The one place the web host is wired up: <see cref="AddHallWeb"/> for services, one <c>AddHall…</c> per feature, each binding
/// and checking its own settings; <see cref="UseHallWeb"/> for the pipeline.
/// </summary>
public static class HallWebBuilderExtensions
{
    public static WebApplicationBuilder AddHallWeb(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddHallHosting() // first: its database start-up is the first hosted service, so the others start on a migrated, seeded database
            .AddHallData()
            .AddHallScheduler(builder.Configuration)
            .AddHallAccounts()
            .AddHallHttps()
            .AddHallApi()
            .AddHallPages()
            .AddHallCaseReading()
            .AddHallWorkbench()
            .AddHallPublicPortal()
            .AddHallApplicantPortal()
            .AddHallWorkflowDesigner()
            .AddHallAdministration()
            .AddHallReplay()
            .AddHallSupervisionAudit();
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
        app.UseHallPages();
        // Routing after the status-code pages, so that a page's 404 re-executes to /not-found and finds it.
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CallLogMiddleware>();
        app.UseAuthorization();
        app.MapHallApi();
        app.MapHallPages();
        return app;
    }
}
