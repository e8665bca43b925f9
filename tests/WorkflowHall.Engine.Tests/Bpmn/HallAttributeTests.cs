using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class HallAttributeTests
{
    private static BpmnImportResult ReadStep(string attributes) =>
        BpmnReader.Read(Process(Start() + UserTask("step", attributes) + End() + Sequence("start", "step", "end")));

    [Fact]
    public void Every_hall_attribute_of_a_step_is_read()
    {
        var result = ReadStep("""
            hall:stage="approve" hall:post="window-acceptance" hall:unit="parent" hall:timeLimit="5" hall:timeLimitUnit="naturalDays"
            hall:warningBefore="2" hall:actions="approve, refuse,return,approve" hall:formKey="forms/approve"
            """);

        Assert.Empty(result.Problems);
        var hall = Assert.IsType<UserTask>(result.Definition!.Node("step")).Hall;
        Assert.Equal(HallStage.Approve, hall.Stage);
        Assert.Equal("window-acceptance", hall.CandidatePost);
        Assert.Equal(UnitRule.ParentUnit, hall.UnitRule);
        Assert.Equal(new TimeLimit(5, TimeLimitUnit.NaturalDays), hall.TimeLimit);
        Assert.Equal(new WarningThreshold(2, null), hall.Warning);
        Assert.Equal(["approve", "refuse", "return"], hall.AllowedActions.AsEnumerable());
        Assert.Equal("forms/approve", hall.FormKey);
    }

    [Fact]
    public void Defaults_are_the_handling_unit_and_working_days()
    {
        var hall = Assert.IsType<UserTask>(ReadStep("""hall:post="p" hall:timeLimit="3" hall:warningShare="0.8" hall:unit="applicant-village" """).Definition!.Node("step")).Hall;

        Assert.Equal(new TimeLimit(3, TimeLimitUnit.WorkingDays), hall.TimeLimit);
        Assert.Equal(new WarningThreshold(null, 0.8m), hall.Warning);
        Assert.Equal(UnitRule.ApplicantVillage, hall.UnitRule);
        Assert.Equal(UnitRule.HandlingUnit, HallStepSettings.None.UnitRule);
    }

    [Theory]
    [InlineData("""hall:post="p" hall:stage="sign" """, ProblemCode.InvalidHallSetting)]
    [InlineData("""hall:post="p" hall:unit="county" """, ProblemCode.InvalidHallSetting)]
    [InlineData("""hall:post="p" hall:actions="approve,fly" """, ProblemCode.InvalidHallSetting)]
    [InlineData("""hall:post="p" hall:colour="red" """, ProblemCode.InvalidHallSetting)]
    [InlineData("""hall:post="p" hall:handler="x" """, ProblemCode.InvalidHallSetting)]
    [InlineData("""hall:post="p" hall:timeLimit="five" """, ProblemCode.InvalidTimeLimit)]
    [InlineData("""hall:post="p" hall:timeLimit="5" hall:timeLimitUnit="weeks" """, ProblemCode.InvalidTimeLimit)]
    [InlineData("""hall:post="p" hall:timeLimitUnit="hours" """, ProblemCode.InvalidTimeLimit)]
    public void A_bad_hall_value_is_a_problem_naming_the_step_not_an_exception(string attributes, ProblemCode code)
    {
        var result = ReadStep(attributes);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, "step", "userTask"), (problem.Code, problem.ElementId, problem.ElementKind));
        Assert.NotNull(result.Definition);
    }

    [Fact]
    public void Declared_process_variables_are_read_and_bad_declarations_reported()
    {
        var xml = Process("""
            <bpmn:extensionElements>
              <hall:variables>
                <hall:variable name="amount" type="number"/>
                <hall:variable name="urgent" type="boolean"/>
                <hall:variable name="materials" type="list"/>
                <hall:variable name="applicant" type="map"/>
                <hall:variable name="district" type="string"/>
                <hall:variable name="bad" type="date"/>
              </hall:variables>
            </bpmn:extensionElements>
            """ + Chain("review"));

        var result = BpmnReader.Read(xml);

        Assert.Equal(
            [new("amount", VariableType.Number), new("urgent", VariableType.Boolean), new("materials", VariableType.List),
             new VariableDeclaration("applicant", VariableType.Map), new("district", VariableType.String)],
            result.Definition!.Variables.AsEnumerable());
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCode.InvalidHallSetting, "p"), (problem.Code, problem.ElementId));
        Assert.Contains("bad", problem.MessageEn);
    }
}
