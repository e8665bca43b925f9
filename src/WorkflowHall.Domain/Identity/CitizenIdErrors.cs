namespace WorkflowHall.Domain.Identity;

/// <summary>The refusals of <see cref="CitizenIdNumber"/>, worded for the applicant.</summary>
internal static class CitizenIdErrors
{
    public static IdentityError Empty() => new(
        "citizen-id.empty",
        "请输入身份证号码",
        "Enter an ID number");

    public static IdentityError Length(int length) => length == 15
        ? new(
            "citizen-id.length",
            "身份证号码应为 18 位，您输入了 15 位（15 位的第一代身份证号码已停用，请填写 18 位号码）",
            "An ID number has 18 characters; this one has 15 (15-digit first-generation numbers are no longer used; enter the 18-character number)")
        : new(
            "citizen-id.length",
            $"身份证号码应为 18 位，您输入了 {length} 位",
            $"An ID number has 18 characters; this one has {length}");

    public static IdentityError NotADigit(int position, char c) => new(
        "citizen-id.character",
        $"第 {position} 位{IdentityText.QuoteZh(c)}不是数字，身份证号码前 17 位只能是数字",
        $"Character {position} ({IdentityText.QuoteEn(c)}) is not a digit; the first 17 characters of an ID number are digits");

    public static IdentityError NotACheckCharacter(char c) => new(
        "citizen-id.character",
        $"第 18 位{IdentityText.QuoteZh(c)}无效，校验码只能是数字或 X",
        $"Character 18 ({IdentityText.QuoteEn(c)}) is not allowed; the check character is a digit or X");

    public static IdentityError Region(string firstTwo) => new(
        "citizen-id.region",
        $"地址码 {firstTwo} 开头不是有效的省级行政区划代码",
        $"The address code starts with {firstTwo}, which is not a province-level region code");

    public static IdentityError BirthDateDoesNotExist(string yyyymmdd) => new(
        "citizen-id.birth-date",
        $"出生日期 {yyyymmdd} 不存在",
        $"Birth date {yyyymmdd} does not exist");

    public static IdentityError BirthDateBefore1900(string yyyymmdd) => new(
        "citizen-id.birth-date",
        $"出生日期 {yyyymmdd} 早于 1900 年",
        $"Birth date {yyyymmdd} is before 1900");

    public static IdentityError BirthDateAfterToday(string yyyymmdd) => new(
        "citizen-id.birth-date",
        $"第 7 位起的出生日期 {yyyymmdd} 晚于今天",
        $"The birth date starting at character 7 ({yyyymmdd}) is after today");

    public static IdentityError CheckCharacter(char expected, char actual) => new(
        "citizen-id.check-character",
        $"第 18 位校验码应为 {expected}，您输入的是 {actual}",
        $"The check character (18th) should be {expected}, not {actual}");
}
