namespace WorkflowHall.Web.Hosting;

/// <summary>
/// The TLS proxies in front of the hall (configuration section <c>ForwardedHeaders</c>): only they may say,
/// with <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>, that a request came over HTTPS and from whom.
/// The local machine (127.0.0.0/8, ::1) is always trusted.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>IP addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
