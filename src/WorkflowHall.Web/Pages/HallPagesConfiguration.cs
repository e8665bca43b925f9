using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using WorkflowHall.Data.Materials;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Admin.Workflows;
using WorkflowHall.Web.Audit.Supervision;
using WorkflowHall.Web.Components;
using WorkflowHall.Web.Portal.Applicant;
using WorkflowHall.Web.Workbench;

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

    public static IServiceCollection AddHallPages(this IServiceCollection services)
    {
        // Chinese stays Chinese in pages, instead of &#x...; escapes.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
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
        services.AddOptions<FormOptions>().Configure<IOptions<MaterialStoreOptions>>((options, materials) =>
            options.MultipartBodyLengthLimit = materials.Value.MaxBytes + 64 * 1024);

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AccountOptions>>((options, accountOptions) =>
        {
            var accounts = accountOptions.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("请求过于频繁，请一分钟后再试。 / Too many requests; try again in a minute.", cancellationToken);
            };
            options.AddPolicy(LoginLimit, context => PerClient(context, accounts.LoginAttemptsPerMinute, postsOnly: true));
            options.AddPolicy(TrackingLimit, context => PerClient(context, accounts.TrackingLookupsPerMinute, postsOnly: false));
        });
        return services;
    }

    public static void UseHallPages(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
    }

    public static void MapHallPages(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapRazorComponents<App>();
        app.MapHallWorkflowDesigner();
        app.MapHallApplicantPortal();
        app.MapAccountEndpoints();
        app.MapHallWorkbench();
        app.MapHallSupervisionAudit();
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
