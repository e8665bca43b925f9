namespace WorkflowHall.Cli.Tests;

/// <summary>Small BPMN documents, each showing one thing the command line must handle.</summary>
internal static class SampleBpmn
{
    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:hall="https://workflowhall.org/schema/bpmn/hall/1.0" id="d" targetNamespace="t">
        """;

    /// <summary>Valid, one clerk step, no diagram.</summary>
    public const string WithoutDiagram = Header + """
          <process id="simple" name="简单流程" isExecutable="true">
            <startEvent id="start"/>
            <exclusiveGateway id="split" default="toTask"/>
            <userTask id="task" name="办理" hall:post="window" hall:actions="complete"/>
            <endEvent id="end" name="办结"/>
            <sequenceFlow id="toSplit" sourceRef="start" targetRef="split"/>
            <sequenceFlow id="toTask" sourceRef="split" targetRef="task"/>
            <sequenceFlow id="toEnd" sourceRef="task" targetRef="end"/>
          </process>
        </definitions>
        """;

    /// <summary>A flow to a missing node, an unreachable end, steps that cannot end, and a step nobody may take.</summary>
    public const string WithProblems = Header + """
          <process id="broken" isExecutable="true">
            <startEvent id="start"/>
            <userTask id="task" name="Task"/>
            <endEvent id="end"/>
            <sequenceFlow id="toTask" sourceRef="start" targetRef="task"/>
            <sequenceFlow id="toNowhere" sourceRef="task" targetRef="missing"/>
          </process>
        </definitions>
        """;

    public const string TwoProcesses = Header + """
          <process id="first" isExecutable="true">
            <startEvent id="s1"/><endEvent id="e1"/><sequenceFlow id="f1" sourceRef="s1" targetRef="e1"/>
          </process>
          <process id="second" isExecutable="true">
            <startEvent id="s2"/><endEvent id="e2"/><sequenceFlow id="f2" sourceRef="s2" targetRef="e2"/>
          </process>
        </definitions>
        """;

    /// <summary>Waits a day, calls a service, then a step a two-hour boundary timer cuts off.</summary>
    public const string WithTimers = Header + """
          <process id="timed" isExecutable="true">
            <startEvent id="start"/>
            <intermediateCatchEvent id="wait" name="等待一天"><timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <serviceTask id="notify" name="短信通知" hall:handler="sms"/>
            <userTask id="task" name="办理" hall:post="window" hall:actions="complete"/>
            <boundaryEvent id="late" name="超时" attachedToRef="task"><timerEventDefinition><timeDuration>PT2H</timeDuration></timerEventDefinition></boundaryEvent>
            <endEvent id="done" name="完成"/>
            <endEvent id="timedOut" name="超时结束"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
            <sequenceFlow id="f2" sourceRef="wait" targetRef="notify"/>
            <sequenceFlow id="f3" sourceRef="notify" targetRef="task"/>
            <sequenceFlow id="f4" sourceRef="task" targetRef="done"/>
            <sequenceFlow id="f5" sourceRef="late" targetRef="timedOut"/>
          </process>
        </definitions>
        """;

    public const string Malformed = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"p\">";

    public const string WithDtd = """
        <?xml version="1.0"?>
        <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">&xxe;</process></definitions>
        """;

    public const string NotBpmn = """<?xml version="1.0"?><html><body>not a process</body></html>""";

    /// <summary>A process whose elements nest 100,000 deep.</summary>
    public static readonly string NestedTooDeep = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"p\">"
        + string.Concat(Enumerable.Repeat("<subProcess>", 100_000)) + string.Concat(Enumerable.Repeat("</subProcess>", 100_000)) + "</process></definitions>";
}
