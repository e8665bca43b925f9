using WorkflowHall.Data.Supervision;
using static WorkflowHall.Data.Tests.Supervision.SupervisionScene;

namespace WorkflowHall.Data.Tests.Supervision;

using WorkflowHall.Data.Tests.Infrastructure;

/// <summary>What the auditors' log page asks besides period, unit, matter and level: a rule, a case, a set of units, newest first.</summary>
public class SupervisionLogFilterTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_log_filters_by_rule_case_and_units_and_lists_newest_first(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var first = await ApplyAsync(hall);
        var second = await ApplyAsync(hall);
        hall.MoveTo(December(9, 1));
        await hall.Sweep.RunAsync();

        var all = await hall.Supervision.ListAsync(new SupervisionFilter());
        Assert.Equal(4, all.Count);
        Assert.Equal(all.Select(r => r.Sequence).Reverse(), (await hall.Supervision.ListAsync(new SupervisionFilter(), newestFirst: true)).Select(r => r.Sequence));
        Assert.Equal(all.Skip(1).First().Sequence, (await hall.Supervision.ListAsync(new SupervisionFilter(), skip: 2, take: 1, newestFirst: true)).Single().Sequence);

        var overdue = await hall.Supervision.ListAsync(new SupervisionFilter { Rule = SupervisionRules.StepOverdue });
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, r => Assert.Equal(SupervisionRules.StepOverdue, r.RuleCode));

        var ofFirst = await hall.Supervision.ListAsync(new SupervisionFilter { CaseNumber = first.CaseNumber });
        Assert.Equal(2, ofFirst.Count);
        Assert.All(ofFirst, r => Assert.Equal(first.Id, r.CaseId));
        Assert.Equal(1, await hall.Supervision.CountAsync(new SupervisionFilter { CaseNumber = second.CaseNumber, Rule = SupervisionRules.StepWarning }));

        Assert.Equal(4, await hall.Supervision.CountAsync(new SupervisionFilter { Units = [SampleHall.Town, SampleHall.Forestry] }));
        Assert.Equal(0, await hall.Supervision.CountAsync(new SupervisionFilter { Units = [SampleHall.Town, SampleHall.Village] }));
        Assert.Equal(0, await hall.Supervision.CountAsync(new SupervisionFilter { Units = [] }));
    }
}
