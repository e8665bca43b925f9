namespace WorkflowHall.Domain.Cases;

/// <summary>
/// The lengths of an application's free text, said once: the case service refuses anything longer and the forms
/// carry them as <c>maxlength</c>. Each fits its use: a name as on an ID card or a business licence (GB/T 39046
/// gives 申请人名称 an..100), a phone with its area code, a postal address, a short account of why one applies —
/// a clerk reads it on one screen — and a consent note that names the signed form, not a letter. A clerk's
/// opinion or refusal may run to several paragraphs but stays readable on the applicant's notice.
/// </summary>
public static class TextLimits
{
    public static TextLimit ApplicantName { get; } = new("applicantName", "申请人姓名（名称）", "The applicant's name", 100);
    public static TextLimit Phone { get; } = new("applicantPhone", "联系电话", "The phone number", 20);
    public static TextLimit Purpose { get; } = new("purpose", "申请事由", "The purpose of the application", 500);
    public static TextLimit Address { get; } = new("mailingAddress", "邮寄地址", "The mailing address", 200);
    public static TextLimit Consent { get; } = new("consent", "代办授权说明", "The consent note", 200);
    /// <summary>Any other field of the form, which the matter's own form may add.</summary>
    public static TextLimit FormField { get; } = new("form", "申请表的填写内容", "A field of the application form", 1000);
    /// <summary>Why a member of staff reveals an applicant's full data (查看完整信息), and why a villager revokes an agent's filing.</summary>
    public static TextLimit Reason { get; } = new("reason", "理由", "The reason", 200);

    public static TextLimit Opinion { get; } = new("opinion", "意见", "The opinion", 2000);
    /// <summary>The reasons of a refusal, a special procedure or an extension, told to the applicant.</summary>
    public static TextLimit DecisionReason { get; } = new("reason", "理由", "The reason", 2000);
    public static TextLimit LegalBasis { get; } = new("legalBasis", "法律依据", "The legal basis", 500);
    public static TextLimit SupplementItem { get; } = new("items", "补正事项", "A supplement item", 200);
    /// <summary>How many items one supplement notice may list.</summary>
    public const int SupplementItems = 50;
    public static TextLimit ProcedureKind { get; } = new("procedureKind", "特别程序种类", "The procedure's kind", 50);
    public static TextLimit ProcedureResult { get; } = new("result", "结果", "The result", 2000);
    public static TextLimit WithdrawReason { get; } = new("reason", "撤回理由", "The reason", 500);

    /// <summary>The limit of a form field by its key (<c>purpose</c>, <c>mailingAddress</c>, <c>contactPhone</c>), or the general one.</summary>
    public static TextLimit ForFormField(string key) => key switch
    {
        "purpose" => Purpose,
        "mailingAddress" => Address,
        "contactPhone" => Phone with { Field = key },
        _ => FormField with { Field = key },
    };
}
