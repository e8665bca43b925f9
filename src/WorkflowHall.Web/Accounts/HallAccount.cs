using Microsoft.AspNetCore.Identity;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// A login to the hall. The user name is the person's user name in the hall's directory
/// (<c>people</c>), where their name, one number, posts and units live; the account holds only
/// what signing in needs: the password hash, lockout and the roles.
/// </summary>
public sealed class HallAccount : IdentityUser
{
    /// <summary>The name shown in the header (a person's name, an enterprise's name).</summary>
    public string DisplayName { get; set; } = "";
}
