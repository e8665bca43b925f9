using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class ProcessGraphTests
{
    [Fact]
    public void A_copy_with_other_nodes_does_not_reuse_the_original_graph()
    {
        var original = new ProcessDefinition("p", null, [new StartEvent("s", null, null)], []);
        Assert.True(original.Graph.TryGetNode("s", out _));

        var copy = original with { Nodes = [new StartEvent("other", null, null)] };

        Assert.True(copy.Graph.TryGetNode("other", out _));
        Assert.False(copy.Graph.TryGetNode("s", out _));
        Assert.Same(original.Graph, original.Graph);
    }
}
