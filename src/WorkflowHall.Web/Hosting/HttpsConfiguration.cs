using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using WorkflowHall.Data.Settings;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// HTTPS, whether the hall terminates it or a proxy does: the scheme and client address a known proxy forwards,
/// then <c>Strict-Transport-Security</c> and <c>Secure</c> on every cookie for a request that came over HTTPS.
/// Plain HTTP (<c>dotnet run</c> on localhost) gets neither, and browsers never get HSTS for localhost.
/// </summary>
internal static class HttpsConfiguration
{
    public static IServiceCollection AddHallHttps(this IServiceCollection services)
    {
        services.AddHallOptions<ProxyOptions>(ProxyOptions.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxies.Value.Addresses) options.KnownProxies.Add(address);
            foreach (var network in proxies.Value.Networks) options.KnownIPNetworks.Add(network);
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // Identity's cookie follows the request already; this also covers antiforgery and the language cookie.
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);
        return services;
    }
}
