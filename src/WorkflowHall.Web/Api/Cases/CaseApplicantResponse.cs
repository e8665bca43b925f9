using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Web.Api.Cases;

/// <summary>The applicant as the caller may see them (<see cref="PersonalDataView"/>); <see cref="Masked"/> says whether anything is hidden.</summary>
public sealed record CaseApplicantResponse(string Kind, string Name, string Number, bool Masked)
{
    public string? Phone { get; init; }

    public static CaseApplicantResponse Of(CaseRecord c, PersonalDataView view)
    {
        var shown = view.Show(c.ApplicantKind, c.ApplicantName, c.ApplicantNumber, c.ApplicantPhone);
        return new CaseApplicantResponse(c.ApplicantKind, shown.Name, shown.Number, shown.Masked) { Phone = shown.Phone };
    }
}
