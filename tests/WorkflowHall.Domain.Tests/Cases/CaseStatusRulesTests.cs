using System.Collections.Immutable;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Variables;
using static WorkflowHall.Domain.Tests.Calendars;

namespace WorkflowHall.Domain.Tests.Cases;

public class CaseStatusRulesTests
{
    private static readonly ProcessDefinition Standard =
        BpmnReader.Read(File.ReadAllText(Path.Combine(RepositoryRoot(), "workflows", "standard-approval.bpmn"))).Definition!;

    private static InstanceState Run(params string[] outcomes)
    {
        var state = InstanceState.New("c", Standard.Key, 1);
        state = ProcessEngine.Step(Standard, state, new StartInstance("a") { Variables = VariableMap.From([KeyValuePair.Create("applicant", (object?)"a")]) }, China(2026, 12, 1)).State;
        foreach (var outcome in outcomes)
        {
            var item = state.WorkItems.Single();
            var result = ProcessEngine.Step(Standard, state, new CompleteWorkItem(item.Assignee ?? "clerk", item.Id) { Outcome = outcome }, China(2026, 12, 2));
            Assert.True(result.IsAccepted, result.Rejection?.ToString());
            state = result.State;
        }
        return state;
    }

    [Theory]
    [InlineData(new string[0], CaseStatus.Submitted)]
    [InlineData(new[] { "requestSupplement" }, CaseStatus.SupplementRequested)]
    [InlineData(new[] { "refuseAccept" }, CaseStatus.NotAccepted)]
    [InlineData(new[] { "accept" }, CaseStatus.Accepted)]
    [InlineData(new[] { "accept", "review" }, CaseStatus.InReview)]
    [InlineData(new[] { "requestSupplement", "supplement", "accept" }, CaseStatus.Accepted)]
    [InlineData(new[] { "requestSupplement", "supplement", "accept", "review" }, CaseStatus.InReview)]
    [InlineData(new[] { "accept", "review", "approve" }, CaseStatus.Approved)]
    [InlineData(new[] { "accept", "review", "refuse" }, CaseStatus.Refused)]
    [InlineData(new[] { "accept", "review", "approve", "issue" }, CaseStatus.Closed)]
    public void The_case_status_follows_the_engine(string[] outcomes, CaseStatus expected) =>
        Assert.Equal(expected, CaseStatusRules.Derive(Run(outcomes), extended: false));

    [Fact]
    public void A_special_procedure_suspends_and_an_extension_shows_while_in_review()
    {
        var state = Run("accept", "review");
        Assert.Equal(CaseStatus.Extended, CaseStatusRules.Derive(state, extended: true));
        var paused = ProcessEngine.Step(Standard, state, new PauseClock("clerk", ClockPauseKind.SpecialProcedure, "听证"), China(2026, 12, 3)).State;
        Assert.Equal(CaseStatus.Suspended, CaseStatusRules.Derive(paused, extended: true));
        var withdrawn = ProcessEngine.Step(Standard, state, new WithdrawInstance("a"), China(2026, 12, 3)).State;
        Assert.Equal(CaseStatus.Withdrawn, CaseStatusRules.Derive(withdrawn, extended: false));
    }
}
