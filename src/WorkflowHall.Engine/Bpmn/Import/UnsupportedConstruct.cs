using System.Collections.Frozen;
using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// The refusal of one BPMN construct the engine does not run, named by id, kind and line, with a
/// plain reason in Chinese and English.
/// </summary>
internal static class UnsupportedConstruct
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> Elements = new Dictionary<string, (string, string)>
    {
        ["sendTask"] = ("发送任务：本引擎不收发消息", "send task: the engine does not send or receive messages"),
        ["receiveTask"] = ("接收任务：本引擎不收发消息", "receive task: the engine does not send or receive messages"),
        ["scriptTask"] = ("脚本任务：本引擎不运行脚本", "script task: the engine does not run scripts"),
        ["businessRuleTask"] = ("业务规则任务：本引擎不执行决策表", "business rule task: the engine does not evaluate decision tables"),
        ["callActivity"] = ("调用活动：本引擎不调用其他流程，请改用内嵌子流程", "call activity: the engine does not call other processes; use an embedded sub-process"),
        ["eventBasedGateway"] = ("事件网关：本引擎不等待消息或信号", "event-based gateway: the engine does not wait for messages or signals"),
        ["complexGateway"] = ("复杂网关：请改用排他、并行或包容网关", "complex gateway: use an exclusive, parallel or inclusive gateway"),
        ["intermediateThrowEvent"] = ("中间抛出事件：本引擎不抛出消息、信号或升级", "intermediate throw event: the engine does not throw messages, signals or escalations"),
        ["implicitThrowEvent"] = ("隐式抛出事件不受支持", "implicit throw event is not supported"),
        ["transaction"] = ("事务子流程：本引擎不支持补偿与取消", "transaction: the engine does not support compensation or cancellation"),
        ["adHocSubProcess"] = ("自由子流程：请改用内嵌子流程", "ad-hoc sub-process: use an embedded sub-process"),
        ["callChoreography"] = ("编排元素不可执行", "choreography elements are not executable"),
        ["choreographyTask"] = ("编排元素不可执行", "choreography elements are not executable"),
        ["subChoreography"] = ("编排元素不可执行", "choreography elements are not executable"),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string Zh, string En)> EventDefinitions = new Dictionary<string, (string, string)>
    {
        ["messageEventDefinition"] = ("消息事件", "message event"),
        ["signalEventDefinition"] = ("信号事件", "signal event"),
        ["errorEventDefinition"] = ("错误事件", "error event"),
        ["escalationEventDefinition"] = ("升级事件", "escalation event"),
        ["conditionalEventDefinition"] = ("条件事件", "conditional event"),
        ["linkEventDefinition"] = ("链接事件", "link event"),
        ["compensateEventDefinition"] = ("补偿事件", "compensation event"),
        ["cancelEventDefinition"] = ("取消事件", "cancel event"),
        ["timerEventDefinition"] = ("定时事件", "timer event"),
        ["terminateEventDefinition"] = ("终止事件", "terminate event"),
        ["eventDefinitionRef"] = ("引用的全局事件定义", "referenced global event definition"),
    }.ToFrozenDictionary();

    /// <summary>An element kind the engine does not run at all.</summary>
    public static ValidationProblem Element(XElement element)
    {
        var kind = element.Name.LocalName;
        var (zh, en) = Elements.TryGetValue(kind, out var reason)
            ? reason
            : ($"未知的 BPMN 元素 {kind}", $"unknown BPMN element {kind}");
        return Problem(element, zh, en);
    }

    /// <summary>A supported element kind used with event definitions the engine does not handle there.</summary>
    public static ValidationProblem Event(XElement element, IReadOnlyList<XElement> definitions)
    {
        var kind = element.Name.LocalName;
        var zhDefs = string.Join("、", definitions.Select(d => Describe(d).Zh));
        var enDefs = string.Join(", ", definitions.Select(d => Describe(d).En));
        var (zh, en) = kind switch
        {
            "startEvent" => ($"{zhDefs}作为开始事件：只支持无类型开始事件", $"{enDefs} as start event: only a plain (none) start event is supported"),
            "endEvent" => ($"{zhDefs}作为结束事件：只支持无类型结束事件和终止结束事件", $"{enDefs} as end event: only plain and terminate end events are supported"),
            "boundaryEvent" => ($"{(definitions.Count == 0 ? "无定义" : zhDefs)}作为边界事件：只支持定时边界事件", $"{(definitions.Count == 0 ? "no definition" : enDefs)} as boundary event: only timer boundary events are supported"),
            _ => ($"{(definitions.Count == 0 ? "无定义" : zhDefs)}作为中间捕获事件：只支持定时中间事件", $"{(definitions.Count == 0 ? "no definition" : enDefs)} as intermediate catch event: only timer catch events are supported"),
        };
        return Problem(element, zh, en);
    }

    public static ValidationProblem EventSubProcess(XElement element) => Problem(element,
        "事件子流程（triggeredByEvent）：本引擎不支持由事件触发的子流程", "event sub-process (triggeredByEvent): sub-processes started by events are not supported");

    public static ValidationProblem StandardLoop(XElement element) => Problem(element,
        "循环活动（standardLoopCharacteristics）：请改用排他网关构成的回路", "loop activity (standardLoopCharacteristics): model the loop with an exclusive gateway");

    public static ValidationProblem MultiInstance(XElement element) => Problem(element,
        $"{element.Name.LocalName} 上的多实例：只有用户任务可以多实例（会签）", $"multi-instance on {element.Name.LocalName}: only user tasks can be multi-instance (countersigning)");

    public static ValidationProblem Compensation(XElement element) => Problem(element,
        "补偿活动（isForCompensation）：本引擎不支持补偿", "compensation activity (isForCompensation): compensation is not supported");

    private static (string Zh, string En) Describe(XElement definition) =>
        EventDefinitions.TryGetValue(definition.Name.LocalName, out var d) ? d : (definition.Name.LocalName, definition.Name.LocalName);

    private static ValidationProblem Problem(XElement element, string reasonZh, string reasonEn)
    {
        var id = ImportContext.IdOf(element);
        var name = (string?)element.Attribute("name");
        var label = string.IsNullOrWhiteSpace(name) ? id : $"{id} \"{name.Trim()}\"";
        var line = ImportContext.LineOf(element);
        return new ValidationProblem(id, element.Name.LocalName, ProblemCode.UnsupportedElement,
            $"不支持的元素 {element.Name.LocalName} {label}（第 {line} 行）：{reasonZh}。请在建模工具中改用受支持的元素。",
            $"Unsupported element {element.Name.LocalName} {label} (line {line}): {reasonEn}. Replace it with a supported element in the modeler.");
    }
}
