using System.Xml.Linq;
using WorkflowHall.Engine.Bpmn;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class RoundTripTests
{
    /// <summary>A business licence matter using every construct the engine runs.</summary>
    private static readonly string Rich = Process($$"""
        <bpmn:documentation>企业开办：受理、审核、会签、审批、发证</bpmn:documentation>
        <bpmn:extensionElements>
          <hall:variables>
            <hall:variable name="amount" type="number"/>
            <hall:variable name="signers" type="list"/>
            <hall:variable name="complete" type="boolean"/>
          </hall:variables>
          <camunda:properties><camunda:property name="matter" value="营业执照"/></camunda:properties>
        </bpmn:extensionElements>
        <bpmn:startEvent id="start" name="申请"><bpmn:documentation>网上申请</bpmn:documentation></bpmn:startEvent>
        <bpmn:userTask id="accept" name="受理" hall:stage="accept" hall:post="window-acceptance" hall:timeLimit="1" hall:actions="accept,refuseAccept,requestSupplement" camunda:formKey="forms/accept" camunda:priority="80"/>
        <bpmn:boundaryEvent id="accept_late" name="超时提醒" attachedToRef="accept" cancelActivity="false">
          <bpmn:timerEventDefinition><bpmn:timeDuration>PT4H</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:serviceTask id="notify" name="短信提醒" hall:handler="sms"/>
        <bpmn:exclusiveGateway id="complete_gw" name="材料齐全？" default="to_supplement"/>
        <bpmn:userTask id="supplement" name="补正" camunda:assignee="${applicant}" camunda:dueDate="P5D" hall:stage="accept" hall:actions="supplement"/>
        <bpmn:parallelGateway id="fork"/>
        <bpmn:userTask id="review" name="审核" hall:stage="review" hall:post="reviewer" hall:unit="parent" hall:timeLimit="3" hall:timeLimitUnit="workingDays" hall:warningShare="0.8" hall:formKey="forms/review"/>
        <bpmn:userTask id="countersign" name="会签" hall:stage="review" hall:timeLimit="2.5" hall:timeLimitUnit="hours" hall:warningBefore="1">
          <bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${signers}" camunda:elementVariable="signer">
            <bpmn:completionCondition>${nrOfCompletedInstances >= 2}</bpmn:completionCondition>
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:userTask>
        <bpmn:parallelGateway id="join"/>
        <bpmn:inclusiveGateway id="incl" default="incl_default"/>
        <bpmn:subProcess id="inspection" name="现场核查">
          <bpmn:startEvent id="i_start"/>
          <bpmn:intermediateCatchEvent id="i_wait" name="等待约定时间"><bpmn:timerEventDefinition><bpmn:timeDate>2030-05-01T09:00:00+08:00</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
          <bpmn:manualTask id="i_visit" name="现场查看"/>
          <bpmn:endEvent id="i_end"/>
          <bpmn:sequenceFlow id="i1" sourceRef="i_start" targetRef="i_wait"/>
          <bpmn:sequenceFlow id="i2" sourceRef="i_wait" targetRef="i_visit"/>
          <bpmn:sequenceFlow id="i3" sourceRef="i_visit" targetRef="i_end"/>
        </bpmn:subProcess>
        <bpmn:boundaryEvent id="inspection_expired" attachedToRef="inspection">
          <bpmn:timerEventDefinition><bpmn:timeCycle>R2/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:userTask id="approve" name="审批" hall:stage="approve" camunda:candidateGroups="leaders,deputies" camunda:candidateUsers="wang"/>
        <bpmn:task id="issue" name="发证"/>
        <bpmn:endEvent id="end" name="办结"/>
        <bpmn:endEvent id="abort" name="终止"><bpmn:terminateEventDefinition/></bpmn:endEvent>
        {{Flow("start_accept", "start", "accept")}}
        {{Flow("accept_late_notify", "accept_late", "notify")}}
        {{Flow("notify_end", "notify", "abort")}}
        {{Flow("accept_gw", "accept", "complete_gw")}}
        <bpmn:sequenceFlow id="to_fork" name="齐全" sourceRef="complete_gw" targetRef="fork"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${complete == true}</bpmn:conditionExpression></bpmn:sequenceFlow>
        {{Flow("to_supplement", "complete_gw", "supplement")}}
        {{Flow("supplement_back", "supplement", "accept")}}
        {{Flow("fork_review", "fork", "review")}}
        {{Flow("fork_sign", "fork", "countersign")}}
        {{Flow("review_join", "review", "join")}}
        {{Flow("sign_join", "countersign", "join")}}
        {{Flow("join_incl", "join", "incl")}}
        {{Flow("incl_big", "incl", "inspection", "${amount > 1000000}")}}
        {{Flow("incl_default", "incl", "approve")}}
        {{Flow("inspection_approve", "inspection", "approve")}}
        {{Flow("expired_abort", "inspection_expired", "abort")}}
        {{Flow("approve_issue", "approve", "issue")}}
        {{Flow("issue_end", "issue", "end")}}
        """, processAttributes: """camunda:versionTag="v3" """);

    [Fact]
    public void A_rich_definition_survives_export_then_import_unchanged()
    {
        var original = ReadClean(Rich);

        var xml = BpmnWriter.Write(original);
        var again = ReadClean(xml);

        Assert.Equal(ModelSnapshot.Of(original), ModelSnapshot.Of(again));
    }

    [Fact]
    public void A_definition_with_its_own_diagram_keeps_it_through_a_round_trip()
    {
        var original = ReadClean(Rich);
        var drawn = ReadClean(BpmnWriter.Write(original));

        var again = ReadClean(BpmnWriter.Write(drawn));

        Assert.Equal(drawn.Diagram!.Shapes.OrderBy(s => s.Key), again.Diagram!.Shapes.OrderBy(s => s.Key));
        Assert.All(drawn.Diagram.Edges, edge => Assert.Equal(edge.Value.AsEnumerable(), again.Diagram.Edges[edge.Key].AsEnumerable()));
    }

    [Fact]
    public void Assignments_hall_settings_sub_processes_and_foreign_content_survive_a_round_trip()
    {
        var original = ReadClean(Process("""
            <bpmn:documentation>说明</bpmn:documentation>
            <bpmn:startEvent id="start"/>
            <bpmn:userTask id="accept" name="受理" hall:stage="accept" hall:post="window" hall:unit="applicant-village" hall:timeLimit="2" hall:timeLimitUnit="naturalDays" hall:warningBefore="1" hall:actions="accept,refuseAccept" hall:formKey="f1" flowable:formKey="vendorForm" xmlns:x="urn:x" x:tag="a"/>
            <bpmn:subProcess id="sub" name="联审">
              <bpmn:startEvent id="s_start"/>
              <bpmn:userTask id="s_task" camunda:candidateGroups="g1, g2" camunda:dueDate="${due}">
                <bpmn:extensionElements><x:note xmlns:x="urn:x">保留</x:note></bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:endEvent id="s_end"/>
              <bpmn:sequenceFlow id="s1" sourceRef="s_start" targetRef="s_task"/>
              <bpmn:sequenceFlow id="s2" sourceRef="s_task" targetRef="s_end"/>
            </bpmn:subProcess>
            <bpmn:serviceTask id="archive" camunda:class="com.example.Archive" camunda:async="true"/>
            <bpmn:endEvent id="end"><bpmn:terminateEventDefinition/></bpmn:endEvent>
            """ + Sequence("start", "accept", "sub", "archive", "end")));

        var again = ReadClean(BpmnWriter.Write(original));

        Assert.Equal(ModelSnapshot.Of(original), ModelSnapshot.Of(again));
    }

    [Fact]
    public void The_export_uses_conventional_prefixes_and_the_shapes_bpmn_js_expects()
    {
        var xml = BpmnWriter.Write(ReadClean(Process(Start() + UserTask("review", "camunda:assignee=\"a\" hall:post=\"p\"") + End() + Sequence("start", "review", "end"))));
        var root = XDocument.Parse(xml).Root!;

        Assert.Equal("bpmn", root.GetPrefixOfNamespace(BpmnNamespaces.Model));
        Assert.Equal("bpmndi", root.GetPrefixOfNamespace(BpmnNamespaces.Di));
        Assert.Equal("dc", root.GetPrefixOfNamespace(BpmnNamespaces.Dc));
        Assert.Equal("di", root.GetPrefixOfNamespace(BpmnNamespaces.DiCommon));
        Assert.Equal("hall", root.GetPrefixOfNamespace(BpmnNamespaces.Hall));
        Assert.Equal("camunda", root.GetPrefixOfNamespace(BpmnNamespaces.Camunda));
        Assert.NotNull(root.Attribute("targetNamespace"));
        Assert.NotNull(root.Attribute("id"));
        XNamespace bpmn = BpmnNamespaces.Model;
        var task = root.Element(bpmn + "process")!.Element(bpmn + "userTask")!;
        Assert.Equal("start_review", (string?)task.Element(bpmn + "incoming"));
        Assert.Equal("review_end", (string?)task.Element(bpmn + "outgoing"));
        Assert.Equal("a", (string?)task.Attribute(XName.Get("assignee", BpmnNamespaces.Camunda)));
    }

    [Fact]
    public void Conditions_are_written_as_formal_expressions()
    {
        var definition = new ProcessDefinition("p", null,
            [new StartEvent("s", null, null), new ExclusiveGateway("g", null, null), new EndEvent("e", null, null, false)],
            [new SequenceFlow("f1", "s", "g", null), new SequenceFlow("f2", "g", "e", null) { Condition = "${a < 1}" }]);

        var condition = XDocument.Parse(BpmnWriter.Write(definition)).Descendants(XName.Get("conditionExpression", BpmnNamespaces.Model)).Single();

        Assert.Equal("bpmn:tFormalExpression", (string?)condition.Attribute(XName.Get("type", BpmnNamespaces.Xsi)));
        Assert.Equal("${a < 1}", condition.Value);
    }
}
