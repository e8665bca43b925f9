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
        // A form post (antiforgery-checked), so that no other site can sign a user out with a link.
        routes.MapPost("/account/logout", async (SignInManager<HallAccount> signIn) =>
        {
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
            return Results.LocalRedirect(returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//") ? url : "/");
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
