using WorkflowHall.Cli.Simulation;

namespace WorkflowHall.Cli.Tests.Simulation;

public sealed class SimulationScriptTests
{
    [Fact]
    public void Outcomes_for_a_step_are_taken_in_the_order_given_across_options()
    {
        var script = SimulationScript.Parse(["accept=requestSupplement,accept", "review=return", "accept=refuseAccept"], out var error);

        Assert.Null(error);
        Assert.Equal("requestSupplement", script.TakeNext("accept"));
        Assert.Equal("accept", script.TakeNext("accept"));
        Assert.Equal("refuseAccept", script.TakeNext("accept"));
        Assert.Null(script.TakeNext("accept"));
        Assert.Equal("return", script.TakeNext("review"));
    }

    [Fact]
    public void Outcomes_never_used_are_reported_by_step()
    {
        var script = SimulationScript.Parse(["accept=accept,accept"], out _);
        script.TakeNext("accept");

        var unused = Assert.Single(script.Unused());
        Assert.Equal("accept", unused.StepId);
        Assert.Equal(["accept"], unused.Outcomes.ToArray());
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("=accept")]
    [InlineData("accept=")]
    [InlineData("accept=a,,b")]
    public void A_malformed_outcome_option_is_refused(string spec)
    {
        SimulationScript.Parse([spec], out var error);

        Assert.NotNull(error);
        Assert.Contains("STEP=OUTCOME", error.MessageEn);
    }
}
