using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>A person in the people list; numbers and phones only masked (the list is not where they are needed).</summary>
public sealed record PersonRow(string UserName, string Name, string Kind, string? Number, string? Phone, string? Village, IReadOnlyList<HeldPost> Posts)
{
    public string MaskedNumber => PersonalDataMask.MaskIdNumber(Number);
    public string MaskedPhone => PersonalDataMask.MaskPhone(Phone);
    public bool IsApplicant => Kind is "person" or "enterprise";
}
