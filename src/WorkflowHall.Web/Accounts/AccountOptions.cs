using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Web.Accounts;

/// <summary>The <c>Accounts</c> section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// The password every demo account is created with on first run (when the demo hall is seeded). Accounts
    /// that already exist keep theirs.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写演示账号的密码 / a password is required")]
    public string DemoPassword { get; set; } = "Hall@2026";

    /// <summary>Login attempts per client address per minute, and public tracking lookups likewise.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "须为正整数 / must be a positive whole number")]
    public int LoginAttemptsPerMinute { get; set; } = 10;
    [Range(1, int.MaxValue, ErrorMessage = "须为正整数 / must be a positive whole number")]
    public int TrackingLookupsPerMinute { get; set; } = 30;
}
