namespace WorkflowHall.Web.Accounts;

/// <summary>The <c>Accounts</c> section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// The password every demo account is created with on first run (when the demo hall is seeded). Accounts
    /// that already exist keep theirs.
    /// </summary>
    public string DemoPassword { get; set; } = "Hall@2026";

    /// <summary>Login attempts per client address per minute, and public tracking lookups likewise.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;
    public int TrackingLookupsPerMinute { get; set; } = 30;
}
