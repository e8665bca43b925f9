namespace WorkflowHall.Domain.Identity;

/// <summary>The refusals of <see cref="CaseNumber"/>.</summary>
internal static class CaseNumberErrors
{
    public static IdentityError Empty() => new(
        "case-number.empty",
        "请输入办件编号",
        "Enter a case number");

    public static IdentityError ImplementationCodeEmpty() => new(
        "case-number.implementation-code",
        "缺少事项实施编码",
        "The matter's implementation code is missing");

    public static IdentityError ImplementationCodeLength(int length) => new(
        "case-number.implementation-code",
        $"实施编码最多 {CaseNumber.MaxImplementationCodeLength} 位，您给出了 {length} 位",
        $"An implementation code has at most {CaseNumber.MaxImplementationCodeLength} characters; this one has {length}");

    public static IdentityError ImplementationCodeCharacter(int position, char c) => new(
        "case-number.implementation-code",
        $"实施编码第 {position} 位{IdentityText.QuoteZh(c)}无效，只能使用数字和大写字母",
        $"Character {position} of the implementation code ({IdentityText.QuoteEn(c)}) is not allowed; use digits and capital letters only");

    public static IdentityError SerialRange(int serial) => new(
        "case-number.serial",
        $"当日流水号应为 1 至 {CaseNumber.MaxSerial}，您给出的是 {serial}",
        $"The daily serial is from 1 to {CaseNumber.MaxSerial}, not {serial}");

    public static IdentityError Length(int length) => new(
        "case-number.length",
        $"办件编号由实施编码（1 至 {CaseNumber.MaxImplementationCodeLength} 位）、8 位日期和 4 位流水号组成，应为 13 至 {CaseNumber.MaxLength} 位，您输入了 {length} 位",
        $"A case number is an implementation code (1 to {CaseNumber.MaxImplementationCodeLength} characters), an 8-digit date and a 4-digit serial: 13 to {CaseNumber.MaxLength} characters; this one has {length}");

    public static IdentityError Date(string date) => new(
        "case-number.date",
        $"办件编号中流水号前的 8 位日期 {date} 不存在",
        $"The 8-digit date before the serial, {date}, does not exist");

    public static IdentityError Serial(string serial) => new(
        "case-number.serial",
        $"办件编号的最后 4 位流水号应为 0001 至 9999，您输入的是 {serial}",
        $"The last 4 characters of a case number are a serial from 0001 to 9999, not {serial}");
}
