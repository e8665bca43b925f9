using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Data.Tests.Administration;

public class GuideEditTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_draft_saved_over_someone_elses_newer_draft_is_refused(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var (guide, _) = (await hall.Matters.GetAsync(SampleHall.MatterCode))!.Value;
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var readAt = (await db.Matters.FindAsync(SampleHall.MatterCode))!.Revision;

        var first = await hall.Matters.SaveDraftAsync(guide with { PromisedLimit = new GuideTimeLimit(4) }, "qian.lei", readAt);
        var second = await hall.Matters.SaveDraftAsync(guide with { PromisedLimit = new GuideTimeLimit(3) }, "other.admin", readAt);
        var publishedOld = await hall.Matters.PublishAsync(SampleHall.MatterCode, "other.admin", "按旧页面发布", readAt);

        Assert.True(first.Succeeded, first.Error?.ToString());
        Assert.Equal("matter.conflict", second.Error?.Code);
        Assert.Equal("matter.conflict", publishedOld.Error?.Code);
        var published = await hall.Matters.PublishAsync(SampleHall.MatterCode, "qian.lei", "承诺时限压缩为 4 个工作日", first.Value!.Revision);
        Assert.Equal(2, published.Value);
        Assert.Equal(4, (await hall.Matters.GetAsync(SampleHall.MatterCode))!.Value.Guide.PromisedLimit.Amount);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_check_names_each_field_at_fault(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var (guide, _) = (await hall.Matters.GetAsync(SampleHall.MatterCode))!.Value;

        var problems = await hall.Matters.CheckAsync(guide with
        {
            PromisedLimit = new GuideTimeLimit(25), WorkflowKey = "not-published", HandlingUnit = guide.HandlingUnit with { Unit = "no-such-unit" },
        });

        Assert.Equal(["promisedLimit", "workflowKey", "handlingUnit"], problems.Select(p => p.Field));
        Assert.Equal("承诺时限 25 天超过法定时限 20 天", problems[0].MessageZh);
    }
}
