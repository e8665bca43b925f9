using System.ComponentModel.DataAnnotations;
using System.Net;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// The TLS proxies in front of the hall (configuration section <c>ForwardedHeaders</c>): only they may say,
/// with <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>, that a request came over HTTPS and from whom.
/// The local machine (127.0.0.0/8, ::1) is always trusted.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>IP addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<IPAddress> Addresses => KnownProxies.Select(p => IPAddress.Parse(p.Trim()));

    public IEnumerable<System.Net.IPNetwork> Networks => KnownNetworks.Select(n => System.Net.IPNetwork.Parse(n.Trim()));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p.Trim(), out _)))
        {
            yield return new ValidationResult($"\"{proxy}\" 不是 IP 地址 / \"{proxy}\" is not an IP address", [nameof(KnownProxies)]);
        }
        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n.Trim(), out _)))
        {
            yield return new ValidationResult($"\"{network}\" 不是 CIDR 格式的网段（如 10.0.0.0/24）/ \"{network}\" is not a network in CIDR notation (e.g. 10.0.0.0/24)",
                [nameof(KnownNetworks)]);
        }
    }
}
