using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Ratings;
using static WorkflowHall.Data.Tests.Ratings.RatingScene;

namespace WorkflowHall.Data.Tests.Ratings;

using WorkflowHall.Data.Tests.Infrastructure;

public class RatingAggregateTests
{
    /// <summary>
    /// Ten ratings. Low-income matter: c1–c6 at civil affairs, c9–c10 at housing; disability matter: c7–c8 at civil affairs.
    /// c1–c4 rated 24 Sep, the rest 12 Oct. 差评: c5 and c10 rectified, c6 found invalid, c8 still open.
    /// </summary>
    private static async Task<RatingScene> RatedAsync(string provider)
    {
        var scene = await CreateAsync(provider);
        var plan = new (string Matter, string Unit, RatingGrade Grade)[]
        {
            (LowIncome, CivilAffairs, RatingGrade.VerySatisfied),        // c1  5 stars
            (LowIncome, CivilAffairs, RatingGrade.VerySatisfied),        // c2  5
            (LowIncome, CivilAffairs, RatingGrade.Satisfied),            // c3  4
            (LowIncome, CivilAffairs, RatingGrade.BasicallySatisfied),   // c4  3
            (LowIncome, CivilAffairs, RatingGrade.Dissatisfied),         // c5  2, rectified
            (LowIncome, CivilAffairs, RatingGrade.VeryDissatisfied),     // c6  1, invalid
            (Disability, CivilAffairs, RatingGrade.Satisfied),           // c7  4
            (Disability, CivilAffairs, RatingGrade.VeryDissatisfied),    // c8  1, open
            (LowIncome, Housing, RatingGrade.BasicallySatisfied),        // c9  3
            (LowIncome, Housing, RatingGrade.Dissatisfied),              // c10 2, rectified
        };
        var rectifications = new List<long>();
        for (var i = 0; i < plan.Length; i++)
        {
            scene.SetClock(i < 4 ? China(2026, 9, 24, 10 + i) : China(2026, 10, 12, 9 + i));
            var caseId = await scene.AddCaseAsync(i % 3 == 0 ? CaseStatus.Refused : CaseStatus.Closed, plan[i].Matter, plan[i].Unit);
            var rated = await scene.Ratings.RateAsync(caseId, Applicant, plan[i].Grade, null, RatingChannel.Mobile);
            Assert.True(rated.Succeeded, rated.Error?.ToString());
            if (rated.Value!.Rectification is { } r) rectifications.Add(r.Id);
        }

        var (c5, c6, c10) = (rectifications[0], rectifications[1], rectifications[3]);
        foreach (var id in new[] { c5, c10 })
        {
            await scene.Rectifications.ReviewAsync(id, true, null, "supervisor");
            await scene.Rectifications.StartAsync(id, "chief");
            Assert.True((await scene.Rectifications.CompleteAsync(id, "已整改", "chief")).Succeeded);
        }
        Assert.True((await scene.Rectifications.ReviewAsync(c6, false, "恶意差评", "supervisor")).Succeeded);
        return scene;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Figures_per_matter_are_counted_by_the_database(string provider)
    {
        await using var scene = await RatedAsync(provider);

        var figures = await scene.Ratings.AggregatesAsync(RatingGrouping.Matter);

        // Low income: c1–c6, c9, c10 — grades 1,1,2,3,4,5,3,4; stars 5+5+4+3+2+1+3+2 = 25 over 8.
        // Disability: c7, c8 — grades 2, 5; stars 4+1 = 5 over 2.
        Assert.Equal(
        [
            new RatingAggregate(LowIncome, 8, 2, 1, 2, 2, 1, 3.125, Rectified: 2, Invalid: 1),
            new RatingAggregate(Disability, 2, 0, 1, 0, 0, 1, 2.5, Rectified: 0, Invalid: 0),
        ], figures);
        var lowIncome = figures[0];
        Assert.Equal((3, 0.625, 1.0), (lowIncome.Bad, lowIncome.SatisfactionRate, lowIncome.RectificationRate)); // 5 of 8 satisfied; 2 of 3−1 rectified
        Assert.Equal((1, 0.5, 0.0), (figures[1].Bad, figures[1].SatisfactionRate, figures[1].RectificationRate));
        Assert.Equal(2, lowIncome.Count(RatingGrade.BasicallySatisfied));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Figures_per_unit_are_counted_by_the_database(string provider)
    {
        await using var scene = await RatedAsync(provider);

        var figures = await scene.Ratings.AggregatesAsync(RatingGrouping.Unit);

        // Civil affairs: c1–c8 — grades 1,1,2,3,4,5,2,5; stars 5+5+4+3+2+1+4+1 = 25 over 8; 差评 c5, c6, c8: one rectified, one invalid.
        // Housing: c9, c10 — grades 3, 4; stars 3+2 = 5 over 2; 差评 c10 rectified.
        Assert.Equal(
        [
            new RatingAggregate(CivilAffairs, 8, 2, 2, 1, 1, 2, 3.125, Rectified: 1, Invalid: 1),
            new RatingAggregate(Housing, 2, 0, 0, 1, 1, 0, 2.5, Rectified: 1, Invalid: 0),
        ], figures);
        Assert.Equal((3, 0.625, 0.5), (figures[0].Bad, figures[0].SatisfactionRate, figures[0].RectificationRate));
        Assert.Equal((1, 0.5, 1.0), (figures[1].Bad, figures[1].SatisfactionRate, figures[1].RectificationRate));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Figures_for_a_period_count_only_the_ratings_made_in_it(string provider)
    {
        await using var scene = await RatedAsync(provider);

        var october = await scene.Ratings.AggregatesAsync(RatingGrouping.Unit, China(2026, 10, 1, 0), China(2026, 11, 1, 0));
        var none = await scene.Ratings.AggregatesAsync(RatingGrouping.Matter, China(2026, 11, 1, 0));

        // Civil affairs in October: c5–c8 — grades 4, 5, 2, 5; stars 2+1+4+1 = 8 over 4.
        Assert.Equal(
        [
            new RatingAggregate(CivilAffairs, 4, 0, 1, 0, 1, 2, 2.0, Rectified: 1, Invalid: 1),
            new RatingAggregate(Housing, 2, 0, 0, 1, 1, 0, 2.5, Rectified: 1, Invalid: 0),
        ], october);
        Assert.Equal(0.25, october[0].SatisfactionRate);
        Assert.Empty(none);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_figures_are_one_grouped_query_not_rows_counted_in_memory(string provider)
    {
        await using var scene = await RatedAsync(provider);
        var recorder = new CommandRecorder();
        var node = scene.Hall.SecondNode([recorder]);
        var ratings = new RatingService(node.Contexts, TestHall.Calendar, scene.Options, scene.Hall.Clock);

        await ratings.AggregatesAsync(RatingGrouping.Matter);

        var sql = Assert.Single(recorder.Commands);
        Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LEFT JOIN", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("AVG(", sql, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
