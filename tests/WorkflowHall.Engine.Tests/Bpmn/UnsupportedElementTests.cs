using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class UnsupportedElementTests
{
    [Theory]
    [InlineData("""<bpmn:sendTask id="x"/>""", "sendTask")]
    [InlineData("""<bpmn:receiveTask id="x"/>""", "receiveTask")]
    [InlineData("""<bpmn:scriptTask id="x"/>""", "scriptTask")]
    [InlineData("""<bpmn:businessRuleTask id="x"/>""", "businessRuleTask")]
    [InlineData("""<bpmn:callActivity id="x"/>""", "callActivity")]
    [InlineData("""<bpmn:eventBasedGateway id="x"/>""", "eventBasedGateway")]
    [InlineData("""<bpmn:complexGateway id="x"/>""", "complexGateway")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"/>""", "intermediateThrowEvent")]
    [InlineData("""<bpmn:transaction id="x"/>""", "transaction")]
    [InlineData("""<bpmn:adHocSubProcess id="x"/>""", "adHocSubProcess")]
    [InlineData("""<bpmn:subProcess id="x" triggeredByEvent="true"/>""", "subProcess")]
    [InlineData("""<bpmn:startEvent id="x"><bpmn:messageEventDefinition/></bpmn:startEvent>""", "startEvent")]
    [InlineData("""<bpmn:startEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>""", "startEvent")]
    [InlineData("""<bpmn:endEvent id="x"><bpmn:errorEventDefinition/></bpmn:endEvent>""", "endEvent")]
    [InlineData("""<bpmn:endEvent id="x"><bpmn:escalationEventDefinition/></bpmn:endEvent>""", "endEvent")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:signalEventDefinition/></bpmn:intermediateCatchEvent>""", "intermediateCatchEvent")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:conditionalEventDefinition/></bpmn:intermediateCatchEvent>""", "intermediateCatchEvent")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:linkEventDefinition/></bpmn:intermediateCatchEvent>""", "intermediateCatchEvent")]
    [InlineData("""<bpmn:boundaryEvent id="x" attachedToRef="review"><bpmn:messageEventDefinition/></bpmn:boundaryEvent>""", "boundaryEvent")]
    [InlineData("""<bpmn:boundaryEvent id="x" attachedToRef="review"><bpmn:compensateEventDefinition/></bpmn:boundaryEvent>""", "boundaryEvent")]
    [InlineData("""<bpmn:task id="x"><bpmn:standardLoopCharacteristics/></bpmn:task>""", "task")]
    [InlineData("""<bpmn:serviceTask id="x" hall:handler="h"><bpmn:multiInstanceLoopCharacteristics/></bpmn:serviceTask>""", "serviceTask")]
    [InlineData("""<bpmn:subProcess id="x"><bpmn:multiInstanceLoopCharacteristics/></bpmn:subProcess>""", "subProcess")]
    [InlineData("""<bpmn:task id="x" isForCompensation="true"/>""", "task")]
    public void An_element_outside_the_subset_refuses_the_file_naming_its_id_and_kind(string element, string kind)
    {
        var result = BpmnReader.Read(Process(Chain("review") + element));

        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems, p => p.Code == ProblemCode.UnsupportedElement);
        Assert.Equal(("x", kind), (problem.ElementId, problem.ElementKind));
        Assert.Contains("不支持", problem.MessageZh);
        Assert.Contains("Unsupported", problem.MessageEn);
    }

    [Fact]
    public void Every_unsupported_element_is_reported_not_only_the_first()
    {
        var result = BpmnReader.Read(Process(Chain("review") + """
            <bpmn:sendTask id="send"/>
            <bpmn:subProcess id="events" triggeredByEvent="true">
              <bpmn:startEvent id="on_message"><bpmn:messageEventDefinition/></bpmn:startEvent>
              <bpmn:scriptTask id="script"/>
            </bpmn:subProcess>
            """));

        Assert.Equal(["send", "events", "on_message", "script"],
            result.Problems.Where(p => p.Code == ProblemCode.UnsupportedElement).Select(p => p.ElementId));
    }

    [Fact]
    public void The_refusal_says_why_in_both_languages_and_where()
    {
        var problem = Assert.Single(BpmnReader.Read(Process(Chain("review") + "\n<bpmn:callActivity id=\"call\" name=\"调用\"/>")).Problems);

        Assert.Contains("call \"调用\"", problem.MessageEn);
        Assert.Contains("embedded sub-process", problem.MessageEn);
        Assert.Contains("内嵌子流程", problem.MessageZh);
        Assert.Matches(@"line \d+", problem.MessageEn);
    }

    [Fact]
    public void An_unknown_element_of_the_bpmn_namespace_inside_a_process_is_refused_not_ignored()
    {
        var result = BpmnReader.Read(Process(Chain("review") + """<bpmn:futureTask id="f"/>"""));

        Assert.Equal("f", Assert.Single(result.Problems).ElementId);
        Assert.Null(result.Definition);
    }

    [Fact]
    public void A_flow_node_without_id_is_refused_as_missing_id()
    {
        var result = BpmnReader.Read(Process(Chain("review") + """<bpmn:task name="无名"/>"""));

        Assert.Equal(ProblemCode.MissingId, Assert.Single(result.Problems).Code);
        Assert.Null(result.Definition);
    }
}
