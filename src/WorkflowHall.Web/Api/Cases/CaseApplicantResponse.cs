namespace WorkflowHall.Web.Api.Cases;

/// <summary>The applicant; <see cref="Masked"/> says whether the number, phone and a citizen's name are shown masked.</summary>
public sealed record CaseApplicantResponse(string Kind, string Name, string Number, bool Masked)
{
    public string? Phone { get; init; }
}
