using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// HTTPS, whether the hall terminates it or a proxy does: the scheme and client address a known proxy forwards,
/// then <c>Strict-Transport-Security</c> and <c>Secure</c> on every cookie for a request that came over HTTPS.
/// Plain HTTP (<c>dotnet run</c> on localhost) gets neither, and browsers never get HSTS for localhost.
/// </summary>
internal static class HttpsConfiguration
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        var addresses = proxies.KnownProxies.Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address : throw Invalid("KnownProxies", p, "an IP address")).ToList();
        var networks = proxies.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network
            : throw Invalid("KnownNetworks", n, "a network in CIDR notation")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in addresses) options.KnownProxies.Add(address);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // Identity's cookie follows the request already; this also covers antiforgery and the language cookie.
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);
    }

    private static InvalidOperationException Invalid(string setting, string text, string what) =>
        new($"{ProxyOptions.Section}:{setting}: \"{text}\" is not {what}.");
}
