using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class NamespacePrefixTests
{
    [Theory]
    [InlineData("bpmn")]
    [InlineData("bpmn2")]
    [InlineData("semantic")]
    [InlineData("model")]
    [InlineData("")]
    public void The_model_namespace_is_recognised_whatever_prefix_it_is_bound_to(string prefix)
    {
        var p = prefix.Length == 0 ? "" : prefix + ":";
        var declaration = prefix.Length == 0 ? "xmlns" : "xmlns:" + prefix;
        var xml = $"""
            <{p}definitions {declaration}="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:h="https://workflowhall.org/schema/bpmn/hall/1.0" id="d">
              <{p}process id="p" isExecutable="true">
                <{p}startEvent id="start"/>
                <{p}userTask id="review" name="审核" h:post="reviewer" h:stage="review"/>
                <{p}endEvent id="end"/>
                <{p}sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                <{p}sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
              </{p}process>
            </{p}definitions>
            """;

        var definition = InlineBpmn.ReadClean(xml);

        Assert.Equal(["start", "review", "end"], definition.Nodes.Select(n => n.Id));
        var review = Assert.IsType<UserTask>(definition.Node("review"));
        Assert.Equal(HallStage.Review, review.Hall.Stage);
        Assert.Equal("reviewer", review.Hall.CandidatePost);
        Assert.Equal(2, definition.Flows.Length);
    }

    [Fact]
    public void A_bpmn_prefix_bound_to_another_namespace_is_not_bpmn()
    {
        var xml = """<bpmn:definitions xmlns:bpmn="http://example.org/not-bpmn"><bpmn:process id="p"/></bpmn:definitions>""";

        Assert.Equal(ProblemCode.NotBpmn, Assert.Single(BpmnReader.Read(xml).Problems).Code);
    }

    [Fact]
    public void Vendor_attributes_are_recognised_by_namespace_even_under_another_vendors_prefix()
    {
        // C.1.0 of the MIWG suite binds the prefix "camunda" to the Activiti namespace.
        var xml = InlineBpmn.Process(InlineBpmn.Start()
            + """<bpmn:userTask id="t" xmlns:x="http://activiti.org/bpmn" x:assignee="demo"/>"""
            + InlineBpmn.End() + InlineBpmn.Sequence("start", "t", "end"));

        var task = Assert.IsType<UserTask>(InlineBpmn.ReadClean(xml).Node("t"));

        Assert.Equal("demo", task.Assignment.Assignee);
    }
}
