using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Ratings;

namespace WorkflowHall.Domain.Tests.Ratings;

public class RatingRulesTests
{
    [Theory]
    [InlineData(CaseStatus.Closed)]
    [InlineData(CaseStatus.Refused)]
    [InlineData(CaseStatus.NotAccepted)]
    public void The_applicant_may_rate_a_case_that_has_ended_including_a_refusal(CaseStatus status)
    {
        Assert.Null(RatingRules.CanRate(status, alreadyRated: false, raterIsApplicant: true));
    }

    [Theory]
    [InlineData(CaseStatus.Submitted)]
    [InlineData(CaseStatus.SupplementRequested)]
    [InlineData(CaseStatus.Accepted)]
    [InlineData(CaseStatus.InReview)]
    [InlineData(CaseStatus.Suspended)]
    [InlineData(CaseStatus.Extended)]
    [InlineData(CaseStatus.Approved)]
    public void A_case_still_being_handled_cannot_be_rated(CaseStatus status)
    {
        var refusal = RatingRules.CanRate(status, alreadyRated: false, raterIsApplicant: true);

        Assert.NotNull(refusal);
        Assert.Equal("rating.not-ended", refusal.Code);
        Assert.StartsWith("办件尚未办结，办结后才能评价", refusal.MessageZh);
        Assert.Contains(status.Chinese(), refusal.MessageZh);
        Assert.StartsWith("The case has not ended yet", refusal.MessageEn);
    }

    [Fact]
    public void Withdrawn_and_terminated_cases_have_no_result_to_rate()
    {
        Assert.Equal("rating.withdrawn", RatingRules.CanRate(CaseStatus.Withdrawn, false, true)?.Code);
        Assert.Equal("rating.terminated", RatingRules.CanRate(CaseStatus.Terminated, false, true)?.Code);
    }

    [Fact]
    public void A_case_is_rated_once()
    {
        var refusal = RatingRules.CanRate(CaseStatus.Closed, alreadyRated: true, raterIsApplicant: true);

        Assert.Equal("rating.already-rated", refusal?.Code);
        Assert.Equal("每个办件只能评价一次", refusal?.MessageZh);
    }

    [Fact]
    public void A_second_rating_is_told_when_the_first_was_made_in_China_time()
    {
        var first = new DateTimeOffset(2026, 9, 24, 2, 30, 0, TimeSpan.Zero);

        var refusal = RatingRules.CanRate(CaseStatus.Closed, alreadyRated: true, raterIsApplicant: true, firstRatedAt: first);

        Assert.Equal("每个办件只能评价一次，此办件已于 2026-09-24 10:30 评价", refusal?.MessageZh);
        Assert.Equal("Each case can be rated once; this one was rated on 2026-09-24 10:30 (UTC+8)", refusal?.MessageEn);
    }

    [Fact]
    public void Only_the_applicant_may_rate()
    {
        var refusal = RatingRules.CanRate(CaseStatus.Closed, alreadyRated: false, raterIsApplicant: false);

        Assert.Equal("rating.not-applicant", refusal?.Code);
        Assert.Equal("只有申请人本人可以评价", refusal?.MessageZh);
        Assert.Equal("Only the applicant can rate the case", refusal?.MessageEn);
    }

    [Fact]
    public void Someone_else_learns_nothing_about_the_case_not_even_whether_it_ended_or_was_rated()
    {
        Assert.Equal("rating.not-applicant", RatingRules.CanRate(CaseStatus.InReview, alreadyRated: false, raterIsApplicant: false)?.Code);
        Assert.Equal("rating.not-applicant", RatingRules.CanRate(CaseStatus.Closed, alreadyRated: true, raterIsApplicant: false)?.Code);
    }

    [Fact]
    public void The_ended_states_are_closed_refused_and_not_accepted()
    {
        Assert.Equal([CaseStatus.Closed, CaseStatus.Refused, CaseStatus.NotAccepted], RatingRules.EndedStates);
        Assert.All(Enum.GetValues<CaseStatus>(), s => Assert.Equal(RatingRules.EndedStates.Contains(s), RatingRules.HasEnded(s)));
    }
}
