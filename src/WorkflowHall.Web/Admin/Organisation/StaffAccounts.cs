using Microsoft.AspNetCore.Identity;
using WorkflowHall.Data;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>
/// A new member of staff: their entry in the hall's directory and their login (role clerk, an initial
/// password that meets the password rules). The login is made after the entry; if it cannot be, the
/// entry is taken back, so there is never one without the other.
/// </summary>
public sealed class StaffAccounts(UserManager<HallAccount> users, OrganisationChanges changes)
{
    public async Task<HallResult<PersonRecord>> AddAsync(NewStaffPerson person, string password, string actor, CancellationToken cancellationToken = default)
    {
        var account = new HallAccount { UserName = person.UserName?.Trim(), DisplayName = person.Name?.Trim() ?? "", PhoneNumber = person.Phone };
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, account, password ?? "");
            if (!checkedPassword.Succeeded) return Refusal(checkedPassword, "password");
        }
        if (account.UserName is { Length: > 0 } userName && await users.FindByNameAsync(userName) is not null)
        {
            return new HallError("org.user-name-taken", $"用户名 {userName} 已被使用", $"The user name {userName} is already in use") { Target = "userName" };
        }

        var added = await changes.AddStaffAsync(person, actor, cancellationToken);
        if (!added.Succeeded) return added;
        var created = await users.CreateAsync(account, password!);
        if (created.Succeeded) created = await users.AddToRoleAsync(account, HallRoles.Clerk);
        if (!created.Succeeded)
        {
            await changes.ForgetNewStaffAsync(added.Value!.UserName, actor, cancellationToken);
            return Refusal(created, "userName");
        }
        return added;
    }

    private static HallError Refusal(IdentityResult result, string target)
    {
        var parts = result.Errors.Select(e => e.Description.Split(" / ", 2)).ToList();
        return new HallError("org.account", string.Join("；", parts.Select(p => p[0])), string.Join("; ", parts.Select(p => p[^1]))) { Target = target };
    }
}
