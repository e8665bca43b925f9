using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Domain.Tests.Identity;

/// <summary>The one masking rule: what each reader of a case sees of its applicant, by relation to the case.</summary>
public class PersonalDataViewTests
{
    private const string Number = "341602195203140626";
    private const string Phone = "13956701248";

    [Theory]
    [InlineData(CaseRelation.Applicant, "李秀英", true)]
    [InlineData(CaseRelation.FilingAgent, "李秀英", false)]
    [InlineData(CaseRelation.HandlingStaff, "李秀英", true)]
    [InlineData(CaseRelation.Administrator, "李秀英", true)]
    [InlineData(CaseRelation.Auditor, "李**", true)]
    [InlineData(CaseRelation.OtherStaff, "李**", false)]
    [InlineData(CaseRelation.None, "李**", false)]
    public void Nobody_sees_the_number_or_phone_whole_without_a_reveal(CaseRelation relation, string name, bool materials)
    {
        var view = PersonalDataView.For(relation);
        var shown = view.Show(nameof(ApplicantNumberKind.CitizenIdNumber), "李秀英", Number, Phone);

        Assert.Equal((name, "3416**********0626", "139****1248", true), (shown.Name, shown.Number, shown.Phone, shown.Masked));
        Assert.Equal(materials, view.MayOpenMaterials);
    }

    [Theory]
    [InlineData(CaseRelation.HandlingStaff, true)]
    [InlineData(CaseRelation.Administrator, true)]
    [InlineData(CaseRelation.FilingAgent, false)]
    [InlineData(CaseRelation.Auditor, false)]
    [InlineData(CaseRelation.Applicant, false)]
    [InlineData(CaseRelation.OtherStaff, false)]
    public void Only_those_who_handle_the_case_may_reveal_it(CaseRelation relation, bool mayReveal) =>
        Assert.Equal(mayReveal, PersonalDataView.For(relation).MayReveal);

    [Fact]
    public void A_reveal_shows_everything_and_an_organisations_name_and_code_are_public()
    {
        var revealed = PersonalDataView.Revealed.Show("CitizenIdNumber", "李秀英", Number, Phone);
        var company = PersonalDataView.For(CaseRelation.Auditor).Show("UnifiedSocialCreditCode", "亳州市安泰化工贸易有限公司", "91341621MA2T7K4D1A", null);

        Assert.Equal(("李秀英", Number, Phone, false), (revealed.Name, revealed.Number, revealed.Phone, revealed.Masked));
        Assert.Equal(("亳州市安泰化工贸易有限公司", "91341621MA2T7K4D1A", (string?)null), (company.Name, company.Number, company.Phone));
    }

    [Fact]
    public void The_closest_relation_wins()
    {
        Assert.Equal(CaseRelation.Applicant, CaseRelations.Of(isApplicant: true, isFilingAgent: true, handles: true, isAdmin: true, isAuditor: true, isOtherStaff: true));
        Assert.Equal(CaseRelation.HandlingStaff, CaseRelations.Of(false, isFilingAgent: true, handles: true, false, false, false));
        Assert.Equal(CaseRelation.FilingAgent, CaseRelations.Of(false, isFilingAgent: true, false, false, isAuditor: true, isOtherStaff: true));
        Assert.Equal(CaseRelation.None, CaseRelations.Of(false, false, false, false, false, false));
    }
}
