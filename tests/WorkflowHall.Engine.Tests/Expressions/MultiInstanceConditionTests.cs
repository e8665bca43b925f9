using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Tests.Expressions;

/// <summary>The completion conditions of countersign steps, with the counters the engine supplies.</summary>
public sealed class MultiInstanceConditionTests
{
    [Theory]
    [InlineData(3, 5, true)]
    [InlineData(2, 5, false)]
    [InlineData(2, 3, true)]
    [InlineData(0, 4, false)]
    [InlineData(5, 5, true)]
    public void A_share_of_completed_instances_decides_completion(int completed, int instances, bool expected)
    {
        var condition = Expression.Parse("${nrOfCompletedInstances / nrOfInstances >= 0.6}");
        var variables = Values.Of(
            ("nrOfInstances", instances),
            ("nrOfCompletedInstances", completed),
            ("nrOfActiveInstances", instances - completed));

        Assert.Equal(expected, condition.EvaluateBoolean(variables));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void One_rejection_among_the_outcomes_completes_the_step(int rejections, bool expected)
    {
        var condition = Expression.Parse("${nrOfOutcomes.reject > 0}");
        var outcomes = Values.Of(("accept", 2), ("reject", rejections));

        Assert.Equal(expected, condition.EvaluateBoolean(Values.Of(("nrOfOutcomes", outcomes))));
    }

    [Fact]
    public void No_active_instances_left_completes_the_step()
    {
        var condition = Expression.Parse("${nrOfActiveInstances == 0}");

        Assert.True(condition.EvaluateBoolean(Values.Of(("nrOfActiveInstances", 0))));
        Assert.False(condition.EvaluateBoolean(Values.Of(("nrOfActiveInstances", 1L))));
    }

    [Fact]
    public void The_counters_are_ordinary_variables_of_the_condition()
    {
        var condition = Expression.Parse("${nrOfCompletedInstances / nrOfInstances >= 0.6 || nrOfOutcomes.reject > 0}");

        Assert.Equal(
            new HashSet<string> { "nrOfCompletedInstances", "nrOfInstances", "nrOfOutcomes" },
            condition.Variables.ToHashSet());
    }

    [Fact]
    public void Zero_instances_is_a_division_by_zero()
    {
        var condition = Expression.Parse("${nrOfCompletedInstances / nrOfInstances >= 0.6}");

        var error = Assert.Throws<ExpressionException>(() =>
            condition.EvaluateBoolean(Values.Of(("nrOfInstances", 0), ("nrOfCompletedInstances", 0)))).Error;

        Assert.Equal(25, error.Position);
    }

    [Fact]
    public void The_counters_type_check_as_numbers()
    {
        var condition = Expression.Parse("${nrOfCompletedInstances / nrOfInstances >= 0.6 || nrOfOutcomes.reject > 0}");
        var declared = new Dictionary<string, WorkflowHall.Engine.Bpmn.VariableType>
        {
            ["nrOfInstances"] = WorkflowHall.Engine.Bpmn.VariableType.Number,
            ["nrOfCompletedInstances"] = WorkflowHall.Engine.Bpmn.VariableType.Number,
            ["nrOfOutcomes"] = WorkflowHall.Engine.Bpmn.VariableType.Map,
        };

        Assert.Empty(condition.TypeCheck(declared, ExpressionValueType.Boolean));
    }
}
