namespace WorkflowHall.Domain.Identity;

/// <summary>
/// The one masking rule (个人信息最小必要): what of an applicant's personal data a reader of their case sees, by
/// relation to it. Every door — the API, the pages, exports, logs — shows the applicant through <see cref="Show"/>.
/// <list type="bullet">
/// <item>The applicant sees their name and materials, their own number and phone masked as on any list or receipt
/// that may be printed or read over a shoulder.</item>
/// <item>Staff who handle the case, and administrators, see the name and masked number and phone; when they
/// need the whole number they reveal it (查看完整信息) with a reason, and the reveal is recorded for the auditors.</item>
/// <item>The filing agent sees what filing needed and no more: the name, masked number and phone, no materials.</item>
/// <item>Auditors and other staff see the family name only and masked numbers; auditors read the materials as evidence.</item>
/// </list>
/// </summary>
public sealed record PersonalDataView(bool FullName, bool FullNumber, bool FullPhone, bool MayReveal, bool MayOpenMaterials)
{
    /// <summary>What a reveal shows: everything, once, to the member of staff who gave a reason.</summary>
    public static PersonalDataView Revealed { get; } = new(true, true, true, MayReveal: true, MayOpenMaterials: true);

    public static PersonalDataView For(CaseRelation relation) => relation switch
    {
        CaseRelation.Applicant => new(true, false, false, MayReveal: false, MayOpenMaterials: true),
        CaseRelation.HandlingStaff or CaseRelation.Administrator => new(true, false, false, MayReveal: true, MayOpenMaterials: true),
        CaseRelation.FilingAgent => new(true, false, false, MayReveal: false, MayOpenMaterials: false),
        CaseRelation.Auditor => new(false, false, false, MayReveal: false, MayOpenMaterials: true),
        _ => new(false, false, false, MayReveal: false, MayOpenMaterials: false),
    };

    /// <summary>True when something is hidden from this reader.</summary>
    public bool Masks => !(FullName && FullNumber && FullPhone);

    /// <param name="kind">The <see cref="ApplicantNumberKind"/> name (or <c>enterprise</c>): an organisation's name and code are public and always whole.</param>
    public ShownApplicant Show(string? kind, string name, string? number, string? phone)
    {
        var organisation = ApplicantDataMask.IsOrganisation(kind);
        return new ShownApplicant(
            FullName || organisation ? name : PersonalDataMask.MaskName(name),
            FullNumber ? number ?? "" : ApplicantDataMask.Number(number, kind),
            phone is not { Length: > 0 } ? null : FullPhone ? phone : PersonalDataMask.MaskPhone(phone),
            Masked: Masks);
    }
}
