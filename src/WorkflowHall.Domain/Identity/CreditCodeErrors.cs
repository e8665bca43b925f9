namespace WorkflowHall.Domain.Identity;

/// <summary>The refusals of <see cref="UnifiedSocialCreditCode"/>, worded for the applicant.</summary>
internal static class CreditCodeErrors
{
    public static IdentityError Empty() => new(
        "uscc.empty",
        "请输入统一社会信用代码",
        "Enter a unified social credit code");

    public static IdentityError Length(int length) => new(
        "uscc.length",
        $"统一社会信用代码应为 18 位，您输入了 {length} 位",
        $"A unified social credit code has 18 characters; this one has {length}");

    public static IdentityError Character(int position, char c, char normalised) => "IOZSV".Contains(normalised)
        ? new(
            "uscc.character",
            $"第 {position} 位{IdentityText.QuoteZh(c)}无效，统一社会信用代码不使用字母 I、O、Z、S、V",
            $"Character {position} ({IdentityText.QuoteEn(c)}) is not allowed; unified social credit codes never use the letters I, O, Z, S or V")
        : new(
            "uscc.character",
            $"第 {position} 位{IdentityText.QuoteZh(c)}无效，统一社会信用代码只由数字和大写字母组成",
            $"Character {position} ({IdentityText.QuoteEn(c)}) is not allowed; unified social credit codes consist of digits and capital letters");

    public static IdentityError RegionDigit(int position, char c) => new(
        "uscc.region",
        $"第 {position} 位应为数字（第 3–8 位是登记管理机关行政区划码），您输入的是 {c}",
        $"Character {position} should be a digit (characters 3–8 are the registering authority's region code), not {c}");

    public static IdentityError CheckCharacter(char expected, char actual) => new(
        "uscc.check-character",
        $"第 18 位校验码应为 {expected}，您输入的是 {actual}",
        $"The check character (18th) should be {expected}, not {actual}");

    public static IdentityError OrganisationCheckCharacter(char expected, char actual) => new(
        "uscc.organisation-check-character",
        $"第 17 位（组织机构代码的校验码）应为 {expected}，您输入的是 {actual}",
        $"Character 17 (the organisation code's check character) should be {expected}, not {actual}");
}
