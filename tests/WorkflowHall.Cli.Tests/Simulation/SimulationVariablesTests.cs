using WorkflowHall.Cli.Simulation;

namespace WorkflowHall.Cli.Tests.Simulation;

public sealed class SimulationVariablesTests
{
    [Fact]
    public void Numbers_become_decimals_true_and_false_booleans_and_the_rest_strings()
    {
        var variables = SimulationVariables.Parse(["fee=12.50", "count=-3", "urgent=true", "paid=false", "district=东城区", "note="], out var error);

        Assert.Null(error);
        Assert.Equal(12.50m, variables["fee"]);
        Assert.Equal(-3m, variables["count"]);
        Assert.Equal(true, variables["urgent"]);
        Assert.Equal(false, variables["paid"]);
        Assert.Equal("东城区", variables["district"]);
        Assert.Equal("", variables["note"]);
    }

    [Fact]
    public void The_applicant_defaults_to_applicant_and_may_be_overridden()
    {
        Assert.Equal("applicant", SimulationVariables.Parse([], out _)["applicant"]);
        Assert.Equal("张三", SimulationVariables.Parse(["applicant=张三"], out _)["applicant"]);
    }

    [Fact]
    public void A_variable_without_a_name_is_refused()
    {
        SimulationVariables.Parse(["=1"], out var error);

        Assert.NotNull(error);
        Assert.Contains("NAME=VALUE", error.MessageEn);
    }
}
