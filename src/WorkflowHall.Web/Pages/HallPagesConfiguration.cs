using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using WorkflowHall.Data.Materials;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Components;

namespace WorkflowHall.Web.Pages;

/// <summary>
/// The hall's pages: Razor components rendered on the server (static SSR) with antiforgery on every form,
/// Chinese first and English by choice, rate limits on login and public tracking, upload limits and
/// security headers.
/// </summary>
internal static class HallPagesConfiguration
{
    public const string LoginLimit = "login";
    public const string TrackingLimit = "tracking";
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static void Add(IServiceCollection services, AccountOptions accounts, MaterialStoreOptions materials)
    {
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery(options => options.Cookie.Name = ".WorkflowHall.Antiforgery");
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        // One material per request; a little room above the store's own limit for the form around it,
        // so that the store, not the server, says which file is too large and by how much.
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = materials.MaxBytes + 64 * 1024);

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("请求过于频繁，请一分钟后再试。 / Too many requests; try again in a minute.", cancellationToken);
            };
            options.AddPolicy(LoginLimit, context => PerClient(context, accounts.LoginAttemptsPerMinute, postsOnly: true));
            options.AddPolicy(TrackingLimit, context => PerClient(context, accounts.TrackingLookupsPerMinute, postsOnly: false));
        });
    }

    public static void Use(WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
    }

    public static void Map(WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapRazorComponents<App>();
        Admin.Workflows.WorkflowDesignerConfiguration.Map(app);
        Portal.Applicant.ApplicantPortal.Map(app);
        app.MapAccountEndpoints();
        Workbench.WorkbenchConfiguration.Map(app);
        Audit.Supervision.SupervisionAuditConfiguration.Map(app);
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute, bool postsOnly) =>
        postsOnly && !HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("reads")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
