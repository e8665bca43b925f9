using Microsoft.AspNetCore.Identity;

namespace WorkflowHall.Web.Accounts;

/// <summary>Identity's messages in Chinese first, English after, as every message the hall shows.</summary>
internal sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"密码至少 {length} 位", $"The password needs at least {length} characters");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "密码须包含数字", "The password needs a digit");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "密码须包含小写字母", "The password needs a lower-case letter");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "密码须包含大写字母", "The password needs an upper-case letter");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "密码须包含符号（如 @ # !）", "The password needs a symbol (such as @ # !)");
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"用户名 {userName} 已被使用", $"The user name {userName} is taken");
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"用户名 {userName} 只能包含字母、数字和 . _ - @", $"The user name {userName} may hold only letters, digits and . _ - @");

    private static IdentityError Error(string code, string zh, string en) => new() { Code = code, Description = $"{zh} / {en}" };
}
