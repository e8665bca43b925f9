using WorkflowHall.Domain.Certificates;
using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Data.Certificates;

/// <summary>The refusals of <see cref="CertificateService"/>; each means nothing was changed.</summary>
internal static class CertificateErrors
{
    public static HallError Identifier(IdentityError error) => new(error.Code, error.MessageZh, error.MessageEn) { Target = "identifier" };

    public static HallError NotFound(string identifier) => new(
        "certificate.not-found",
        $"未找到标识为 {identifier} 的证照",
        $"No certificate with identifier {identifier}") { Target = "identifier" };

    public static HallError NotACertificateMatter(string matterName) => new(
        "certificate.no-type",
        $"事项“{matterName}”的办理结果不是电子证照（服务指南未填写证照类型代码），不能发证",
        $"The result of matter “{matterName}” is not an electronic certificate (its guide gives no certificate type code); nothing can be issued");

    public static HallError CaseOfAnotherMatter(string caseNumber, string caseCode, string guideCode) => new(
        "certificate.matter",
        $"办件 {caseNumber} 属于实施编码为 {caseCode} 的事项，不是 {guideCode}",
        $"Case {caseNumber} belongs to the matter with implementation code {caseCode}, not {guideCode}");

    public static HallError CaseNumber(string caseNumber, IdentityError error) => new(
        "certificate.case-number",
        $"办件编号 {caseNumber} 无法用于生成证照流水号：{error.MessageZh}",
        $"Case number {caseNumber} cannot give the certificate serial: {error.MessageEn}");

    public static HallError IdentifierParts(IdentityError error) => new(
        error.Code,
        $"无法生成证照标识：{error.MessageZh}（请检查服务指南的证照类型代码和实施主体统一社会信用代码）",
        $"The certificate identifier cannot be made: {error.MessageEn} (check the guide's certificate type code and the implementing body's credit code)");

    public static HallError SurfaceLabelEmpty(int position) => new(
        "certificate.surface",
        $"照面信息第 {position} 项没有名称",
        $"Surface field {position} has no label") { Target = "surface" };

    public static HallError SurfaceLabelRepeated(string label) => new(
        "certificate.surface",
        $"照面信息“{label}”重复出现",
        $"Surface field “{label}” appears more than once") { Target = "surface" };

    public static HallError SurfaceTooLong(string label) => new(
        "certificate.surface",
        $"照面信息“{label}”过长：名称最多 {CertificateSurface.MaxLabelLength} 字，内容最多 {CertificateSurface.MaxValueLength} 字",
        $"Surface field “{label}” is too long: labels have at most {CertificateSurface.MaxLabelLength} characters, values {CertificateSurface.MaxValueLength}") { Target = "surface" };

    public static HallError SurfaceTooMany(int count) => new(
        "certificate.surface",
        $"照面信息最多 {CertificateSurface.MaxFields} 项，您给出了 {count} 项",
        $"A certificate has at most {CertificateSurface.MaxFields} surface fields, not {count}") { Target = "surface" };

    public static HallError ReasonRequired() => new(
        "certificate.reason",
        "请填写原因",
        "Give the reason") { Target = "reason" };

    public static HallError ActorRequired() => new(
        "certificate.actor",
        "缺少经办人",
        "The acting clerk is missing") { Target = "actor" };

    public static HallError PostNeedsNote() => new(
        "certificate.delivery-note",
        "邮寄送达须填写收件地址或快递单号",
        "Delivery by post needs the address or the tracking number") { Target = "note" };

    public static HallError NotInForce(CertificateVerification verification) => new(
        "certificate.not-valid",
        $"证照 {verification.Identifier} 当前不能使用：{verification.MessageZh}",
        $"Certificate {verification.Identifier} cannot be used now: {verification.MessageEn}") { Target = "identifier" };

    public static HallError NotValidStatus(string identifier, CertificateStatus? status) => new(
        "certificate.not-valid",
        $"证照 {identifier} 的状态为“{status?.Chinese() ?? "未知"}”，只有有效的证照可以办理此操作",
        $"Certificate {identifier} is {status?.ToString() ?? "in an unknown state"}; only a valid certificate can be acted on") { Target = "identifier" };

    public static HallError ChangedMeanwhile(string identifier) => new(
        "certificate.concurrent",
        $"证照 {identifier} 刚刚被他人变更或注销，请刷新后重试",
        $"Certificate {identifier} was just changed or revoked by someone else; reload and try again") { Target = "identifier" };

    public static HallError LastVersion(string identifier) => new(
        "certificate.version",
        $"证照 {identifier} 已是第 999 版，不能再变更",
        $"Certificate {identifier} is at version 999 and cannot be changed again") { Target = "identifier" };
}
