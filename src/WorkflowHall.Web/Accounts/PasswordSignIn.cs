using Microsoft.AspNetCore.Identity;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Signs in with a user name and password and answers only "signed in" or "not": an unknown user, a wrong
/// password, a locked account and one that may not sign in look the same from outside, in the answer and in
/// the work done (one password hash checked), so that nobody can learn which accounts exist by trying.
/// Five wrong passwords still lock the account for 15 minutes.
/// </summary>
internal sealed class PasswordSignIn(SignInManager<HallAccount> signIn, DecoyPasswordHash decoy)
{
    public async Task<bool> SignInAsync(string userName, string password)
    {
        var users = signIn.UserManager;
        var account = await users.FindByNameAsync(userName);
        if (account is null || await users.IsLockedOutAsync(account) || !await signIn.CanSignInAsync(account))
        {
            // Identity answers these without checking the password, which would make them faster than a wrong one.
            decoy.Verify(users.PasswordHasher, password);
            return false;
        }
        var result = await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded;
    }
}
