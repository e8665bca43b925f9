using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowHall.Data;
using WorkflowHall.Data.Settings;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Accounts with ASP.NET Core Identity on the hall's database, signing in with a cookie for pages and
/// with an API key for <c>/api</c>; the Data Protection keys that protect cookies and antiforgery
/// tokens are kept in the same database, so any web node can read what another wrote; and the policies that say who may do what.
/// </summary>
internal static class AccountsConfiguration
{
    public const string Scheme = "hall";
    public const string LoginPath = "/account/login";

    public static IServiceCollection AddHallAccounts(this IServiceCollection services)
    {
        services.AddHallOptions<AccountOptions>(AccountOptions.Section);
        services.AddHallOptions<ApiKeyOptions>(ApiKeyOptions.Section);
        services.AddDbContextFactory<AccountsDbContext>((provider, builder) =>
            HallDatabase.Configure(builder, provider.GetRequiredService<IOptions<HallDatabaseOptions>>().Value, AccountsDbContext.MigrationsHistoryTable));

        services.AddIdentityCore<HallAccount>(identity =>
            {
                identity.Password.RequiredLength = 8;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // /api is for other systems (API keys, 401 without one); everything else is pages (cookie, login page).
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or login cookie", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") || context.Request.Headers.ContainsKey(ApiKeyDefaults.Header)
                    ? ApiKeyDefaults.Scheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, configureOptions: null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".WorkflowHall.Login";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        services.AddDataProtection().SetApplicationName("WorkflowHall");
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(keys =>
            keys.XmlRepository = provider.GetRequiredService<DatabaseXmlRepository>()));
        services.AddSingleton<KeyRingStartup>();

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentHallUser>();
        services.AddSingleton<DecoyPasswordHash>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<DemoAccountSeed>();

        // Every API call and every page but the public ones is authenticated (API key or login); the
        // authenticated name is the actor the engine records.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(HallPolicies.Admin, policy => policy.RequireRole(HallRoles.Admin))
            .AddPolicy(HallPolicies.Staff, policy => policy.RequireRole(HallRoles.Clerk, HallRoles.Admin, HallRoles.Auditor))
            .AddPolicy(HallPolicies.Handling, policy => policy.RequireRole(HallRoles.Clerk, HallRoles.Admin));
        return services;
    }

    /// <summary>
    /// Brings the accounts' tables up to date (after the hall's own migration, on the same database), then
    /// makes sure the Data Protection key ring has the one key every node uses.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync(cancellationToken))
        await using (var migrations = Migrations.AccountsMigrations.ContextFor(db))
        {
            await migrations.Database.MigrateAsync(cancellationToken);
        }
        services.GetRequiredService<KeyRingStartup>().EnsureKey();
    }
}
