using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Domain.Certificates;

/// <summary>The refusals of <see cref="CertificateIdentifier"/>, worded for the clerk or verifier reading them.</summary>
internal static class CertificateIdentifierErrors
{
    public static IdentityError Empty() => new(
        "certificate-id.empty",
        "请输入证照标识",
        "Enter a certificate identifier");

    public static IdentityError Root() => new(
        "certificate-id.root",
        $"证照标识应以 {CertificateIdentifier.Root}. 开头",
        $"A certificate identifier starts with {CertificateIdentifier.Root}.");

    public static IdentityError PartCount(int count) => new(
        "certificate-id.parts",
        $"证照标识在 {CertificateIdentifier.Root} 之后应有 5 段（证照类型代码.颁发机构代码.流水号.版本号.校验位），您输入的有 {count} 段",
        $"A certificate identifier has 5 parts after {CertificateIdentifier.Root} (type code.issuer code.serial.version.check character); this one has {count}");

    public static IdentityError TypeCodeLength(int length) => new(
        "certificate-id.type-code",
        $"证照类型代码应为 21 位（定义证照类型部门的 18 位统一社会信用代码加 3 位数字序号），您输入了 {length} 位",
        $"A certificate type code has 21 characters (the 18-character credit code of the defining authority and a 3-digit number); this one has {length}");

    public static IdentityError TypeCodeNumber(string number) => new(
        "certificate-id.type-code",
        $"证照类型代码的最后 3 位应为数字，您输入的是 {number}",
        $"The last 3 characters of a certificate type code are digits, not {number}");

    public static IdentityError TypeCodeAuthority(IdentityError inner) => new(
        "certificate-id.type-code",
        $"证照类型代码的前 18 位不是有效的统一社会信用代码：{inner.MessageZh}",
        $"The first 18 characters of the certificate type code are not a valid unified social credit code: {inner.MessageEn}");

    public static IdentityError Issuer(IdentityError inner) => new(
        "certificate-id.issuer",
        $"颁发机构代码不是有效的统一社会信用代码：{inner.MessageZh}",
        $"The issuer code is not a valid unified social credit code: {inner.MessageEn}");

    public static IdentityError SerialLength(int length) => new(
        "certificate-id.serial",
        $"流水号应为 1 至 {CertificateIdentifier.MaxSerialLength} 位，您输入了 {length} 位",
        $"A serial has 1 to {CertificateIdentifier.MaxSerialLength} characters; this one has {length}");

    public static IdentityError SerialCharacter(int position, char c) => new(
        "certificate-id.serial",
        $"流水号第 {position} 位{IdentityText.QuoteZh(c)}无效，流水号只能使用数字和大写字母",
        $"Character {position} of the serial ({IdentityText.QuoteEn(c)}) is not allowed; a serial has digits and capital letters only");

    public static IdentityError VersionText(string version) => new(
        "certificate-id.version",
        $"版本号应为 3 位数字，您输入的是 {version}",
        $"A version has 3 digits, not {version}");

    public static IdentityError VersionRange(int version) => new(
        "certificate-id.version",
        $"版本号应在 0 至 999 之间，您给出的是 {version}",
        $"A version is from 0 to 999, not {version}");

    public static IdentityError CheckCharacterLength(string check) => new(
        "certificate-id.check-character",
        $"校验位应为 1 个字符，您输入的是 {check}",
        $"The check character is a single character, not {check}");

    public static IdentityError CheckCharacter(char expected, char actual) => new(
        "certificate-id.check-character",
        $"校验位应为 {expected}，您输入的是 {actual}",
        $"The check character should be {expected}, not {actual}");
}
