namespace WorkflowHall.Web.Tests.Infrastructure;

public static class SampleBpmn
{
    /// <summary>The repository's standard process, as the host seeds it.</summary>
    public static string Standard() => File.ReadAllText(Checkout.Combine("workflows", "standard-approval.bpmn"));

    /// <summary>Readable, but with three problems: no end event, a gateway without outgoing flow, a user task nobody can take.</summary>
    public const string WithThreeProblems = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d1" targetNamespace="urn:test">
          <bpmn:process id="broken-process" name="有问题的流程" isExecutable="true">
            <bpmn:startEvent id="start"/>
            <bpmn:userTask id="check" name="审核"/>
            <bpmn:exclusiveGateway id="decide"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
            <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="decide"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A step clerks may reassign and delegate, then a parallel countersign (会签) whose signers can be added and removed.</summary>
    public const string JointReview = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:hall="https://workflowhall.org/schema/bpmn/hall/1.0"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="joint" targetNamespace="urn:test">
          <bpmn:process id="joint-review" name="联合审查" isExecutable="true">
            <bpmn:startEvent id="start"/>
            <bpmn:userTask id="prepare" name="准备材料" hall:post="window-acceptance" hall:actions="complete,reassign,delegate"/>
            <bpmn:userTask id="sign" name="联合会签" camunda:assignee="${signer}" hall:actions="approve,reject,addSigner,removeSigner">
              <bpmn:multiInstanceLoopCharacteristics isSequential="false" camunda:collection="signers" camunda:elementVariable="signer"/>
            </bpmn:userTask>
            <bpmn:endEvent id="done" name="办结"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="prepare"/>
            <bpmn:sequenceFlow id="f2" sourceRef="prepare" targetRef="sign"/>
            <bpmn:sequenceFlow id="f3" sourceRef="sign" targetRef="done"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A review that an interrupting one-hour timer ends at "expired" when nobody completes it.</summary>
    public const string TimedReview = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:hall="https://workflowhall.org/schema/bpmn/hall/1.0"
            id="timed" targetNamespace="urn:test">
          <bpmn:process id="timed-review" name="限时审查" isExecutable="true">
            <bpmn:startEvent id="start"/>
            <bpmn:userTask id="review" name="审查" hall:post="section-review"/>
            <bpmn:boundaryEvent id="late" attachedToRef="review" cancelActivity="true">
              <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:endEvent id="done" name="办结"/>
            <bpmn:endEvent id="expired" name="超时终止"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="done"/>
            <bpmn:sequenceFlow id="f3" sourceRef="late" targetRef="expired"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    public const string Malformed = """<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="x"><bpmn:startEvent""";
}
