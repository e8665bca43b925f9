using WorkflowHall.Engine.Bpmn;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class SupportedElementTests
{
    [Fact]
    public void Every_supported_node_kind_is_read_into_its_model_type()
    {
        var xml = Process("""
            <bpmn:startEvent id="start" name="申请提交"/>
            <bpmn:task id="note" name="登记"/>
            <bpmn:manualTask id="stamp" name="盖章"/>
            <bpmn:serviceTask id="notify" name="通知" hall:handler="sms"/>
            <bpmn:exclusiveGateway id="x" default="x_end"/>
            <bpmn:parallelGateway id="fork"/>
            <bpmn:inclusiveGateway id="incl" default="incl_end"/>
            <bpmn:userTask id="review" name="审核" hall:post="reviewer"/>
            <bpmn:endEvent id="end"/>
            <bpmn:endEvent id="kill"><bpmn:terminateEventDefinition/></bpmn:endEvent>
            """ + Sequence("start", "note", "stamp", "notify", "x", "fork", "incl", "review", "end")
            + Flow("x_end", "x", "kill") + Flow("incl_end", "incl", "kill") + Flow("fork_end", "fork", "kill"));

        var definition = BpmnReader.Read(xml).Definition!;

        Assert.IsType<StartEvent>(definition.Node("start"));
        Assert.Equal("manualTask", Assert.IsType<PassThroughTask>(definition.Node("stamp")).Kind);
        Assert.Equal("task", Assert.IsType<PassThroughTask>(definition.Node("note")).Kind);
        Assert.Equal("sms", Assert.IsType<ServiceTask>(definition.Node("notify")).Handler);
        Assert.Equal("x_end", Assert.IsType<ExclusiveGateway>(definition.Node("x")).DefaultFlowId);
        Assert.IsType<ParallelGateway>(definition.Node("fork"));
        Assert.Equal("incl_end", Assert.IsType<InclusiveGateway>(definition.Node("incl")).DefaultFlowId);
        Assert.False(Assert.IsType<EndEvent>(definition.Node("end")).Terminate);
        Assert.True(Assert.IsType<EndEvent>(definition.Node("kill")).Terminate);
        Assert.Equal("申请提交", definition.Node("start").Name);
        Assert.Equal("测试流程", definition.Name);
        Assert.True(definition.IsExecutable);
    }

    [Fact]
    public void Timer_catch_and_boundary_events_keep_their_kind_expression_and_interruption()
    {
        var xml = Process(Start() + UserTask("review") + End() + """
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression"> P3D </bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:boundaryEvent id="remind" attachedToRef="review" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="expire" attachedToRef="review"><bpmn:timerEventDefinition><bpmn:timeDate>2030-01-01T00:00:00+08:00</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """ + Sequence("start", "wait", "review", "end") + Flow("remind_end", "remind", "end") + Flow("expire_end", "expire", "end"));

        var definition = BpmnReader.Read(xml).Definition!;

        Assert.Equal(new TimerDefinition(TimerKind.Duration, "P3D"), Assert.IsType<TimerCatchEvent>(definition.Node("wait")).Timer);
        var remind = Assert.IsType<TimerBoundaryEvent>(definition.Node("remind"));
        Assert.Equal(("review", false, new TimerDefinition(TimerKind.Cycle, "R3/PT1H")), (remind.AttachedToId, remind.CancelActivity, remind.Timer));
        var expire = Assert.IsType<TimerBoundaryEvent>(definition.Node("expire"));
        Assert.True(expire.CancelActivity);
        Assert.Equal(TimerKind.Date, expire.Timer.Kind);
        Assert.Equal(["remind", "expire"], definition.Graph.BoundaryEvents("review").Select(b => b.Id));
    }

    [Fact]
    public void Sub_process_children_carry_the_sub_process_as_parent_and_nest()
    {
        var xml = Process(Start() + """
            <bpmn:subProcess id="outer" name="联合审查">
              <bpmn:startEvent id="o_start"/>
              <bpmn:subProcess id="inner">
                <bpmn:startEvent id="i_start"/><bpmn:endEvent id="i_end"/>
                <bpmn:sequenceFlow id="i_flow" sourceRef="i_start" targetRef="i_end"/>
              </bpmn:subProcess>
              <bpmn:endEvent id="o_end"/>
              <bpmn:sequenceFlow id="o1" sourceRef="o_start" targetRef="inner"/>
              <bpmn:sequenceFlow id="o2" sourceRef="inner" targetRef="o_end"/>
            </bpmn:subProcess>
            """ + End() + Sequence("start", "outer", "end"));

        var definition = InlineBpmn.ReadClean(xml);

        Assert.Null(definition.Node("outer").ParentId);
        Assert.Equal("outer", definition.Node("inner").ParentId);
        Assert.Equal("inner", definition.Node("i_end").ParentId);
        Assert.Equal("inner", definition.Graph.Flow("i_flow").ParentId);
        Assert.Equal("outer", definition.Graph.Flow("o1").ParentId);
        Assert.Null(definition.Graph.Flow("start_outer").ParentId);
        Assert.Equal(["o_start", "inner", "o_end"], definition.Graph.Children("outer").Select(n => n.Id));
    }

    [Fact]
    public void A_condition_is_kept_as_trimmed_text_and_a_default_on_an_activity_is_read()
    {
        var xml = Process(Start() + UserTask("review", "hall:post=\"r\" default=\"to_end\"") + End() + End("other")
            + Flow("start_review", "start", "review") + Flow("to_end", "review", "end")
            + """
              <bpmn:sequenceFlow id="to_other" name="退回" sourceRef="review" targetRef="other"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">
                ${amount &gt; 100}
              </bpmn:conditionExpression></bpmn:sequenceFlow>
              """);

        var definition = BpmnReader.Read(xml).Definition!;

        Assert.Equal("to_end", definition.Node("review").DefaultFlowId);
        var conditional = definition.Graph.Flow("to_other");
        Assert.Equal("${amount > 100}", conditional.Condition);
        Assert.Equal("退回", conditional.Name);
        Assert.Null(definition.Graph.Flow("to_end").Condition);
    }

    [Fact]
    public void Multi_instance_user_tasks_read_collection_element_variable_cardinality_and_completion()
    {
        var xml = Process(Start() + UserTask("sign", "", """
            <bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${signers}" camunda:elementVariable="signer">
              <bpmn:loopCardinality>3</bpmn:loopCardinality>
              <bpmn:completionCondition>${nrOfCompletedInstances >= 2}</bpmn:completionCondition>
            </bpmn:multiInstanceLoopCharacteristics>
            """) + UserTask("flowable", "", """<bpmn:multiInstanceLoopCharacteristics flowable:collection="members" flowable:elementVariable="m"/>""")
            + End() + Sequence("start", "sign", "flowable", "end"));

        var definition = BpmnReader.Read(xml).Definition!;

        var sign = Assert.IsType<UserTask>(definition.Node("sign")).MultiInstance!;
        Assert.True(sign.IsSequential);
        Assert.Equal(("${signers}", "signer", "3", "${nrOfCompletedInstances >= 2}"),
            (sign.Collection, sign.ElementVariable, sign.LoopCardinality, sign.CompletionCondition));
        var parallel = Assert.IsType<UserTask>(definition.Node("flowable")).MultiInstance!;
        Assert.False(parallel.IsSequential);
        Assert.Equal(("members", "m"), (parallel.Collection, parallel.ElementVariable));
    }

    [Fact]
    public void Documentation_of_the_process_and_of_nodes_is_kept_while_lanes_annotations_and_data_are_passed_over()
    {
        var xml = Process("""
            <bpmn:documentation>营业执照办理流程</bpmn:documentation>
            <bpmn:laneSet id="ls"><bpmn:lane id="lane1" name="窗口"><bpmn:flowNodeRef>start</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
            <bpmn:textAnnotation id="note"><bpmn:text>注意</bpmn:text></bpmn:textAnnotation>
            <bpmn:association id="assoc" sourceRef="note" targetRef="start"/>
            <bpmn:dataObject id="do1"/><bpmn:dataObjectReference id="dor" dataObjectRef="do1"/>
            <bpmn:dataStoreReference id="dsr"/>
            <bpmn:property id="prop" name="x"/>
            <bpmn:group id="g"/>
            <bpmn:ioSpecification id="io"/>
            <bpmn:startEvent id="start"><bpmn:documentation>
               由申请人发起
            </bpmn:documentation></bpmn:startEvent>
            """ + UserTask("review", body: """<bpmn:ioSpecification id="tio"/><bpmn:dataInputAssociation id="dia"><bpmn:sourceRef>dor</bpmn:sourceRef></bpmn:dataInputAssociation><bpmn:dataOutputAssociation id="doa"><bpmn:targetRef>dor</bpmn:targetRef></bpmn:dataOutputAssociation>""")
            + End() + Sequence("start", "review", "end"));

        var definition = InlineBpmn.ReadClean(xml);

        Assert.Equal("营业执照办理流程", definition.Documentation);
        Assert.Equal("由申请人发起", definition.Node("start").Documentation);
        Assert.Equal(3, definition.Nodes.Length);
    }
}
