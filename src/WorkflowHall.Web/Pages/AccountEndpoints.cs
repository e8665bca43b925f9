using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Pages;

/// <summary>The few account and page routes that are not pages: sign out, choose the language, land on one's own start page.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        // A form post, so that no other site can sign a user out with a link; and with the form's token, so
        // that no other site can post it either (a minimal API that binds no form is not checked by itself).
        routes.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<HallAccount> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Text("表单已过期或不是从本站提交的，请刷新页面后重试。 / The form has expired or was not sent from this site; reload the page and try again.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).AllowAnonymous();

        routes.MapGet("/account/home", (HttpContext context) => Results.LocalRedirect(HomeOf(context.User)));

        routes.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context) =>
        {
            var culture = HallPagesConfiguration.Cultures.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? HallPagesConfiguration.Cultures[0];
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            // The framework's own rule (no scheme, no host, no "//" or "/\", no control characters), so LocalRedirect never refuses it.
            return Results.LocalRedirect(RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();
    }

    /// <summary>Where each role starts: applicants with their cases, clerks at the workbench, administrators and auditors at theirs.</summary>
    private static string HomeOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(HallRoles.Clerk) ? "/workbench"
        : user.IsInRole(HallRoles.Admin) ? "/admin"
        : user.IsInRole(HallRoles.Auditor) ? "/audit"
        : user.IsInRole(HallRoles.Applicant) || user.IsInRole(HallRoles.Agent) ? "/my/cases"
        : "/";
}
