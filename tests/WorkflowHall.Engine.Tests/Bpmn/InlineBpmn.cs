using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

/// <summary>Short BPMN documents for tests: one executable process <c>p</c> built from snippets.</summary>
internal static class InlineBpmn
{
    public const string Namespaces =
        """xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" """ +
        """xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" """ +
        """xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" """ +
        """xmlns:flowable="http://flowable.org/bpmn" xmlns:activiti="http://activiti.org/bpmn" """ +
        """xmlns:hall="https://workflowhall.org/schema/bpmn/hall/1.0" """;

    public static string Process(string body, string processAttributes = "", string afterProcess = "") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions {Namespaces} id="defs" targetNamespace="https://example.org/test">
          <bpmn:process id="p" name="测试流程" isExecutable="true" {processAttributes}>
        {body}
          </bpmn:process>
        {afterProcess}
        </bpmn:definitions>
        """;

    public static string Start(string id = "start") => $"""<bpmn:startEvent id="{id}"/>""";

    public static string End(string id = "end") => $"""<bpmn:endEvent id="{id}"/>""";

    /// <summary>A user task that passes validation: it has a candidate post.</summary>
    public static string UserTask(string id, string attributes = "hall:post=\"window-acceptance\"", string body = "") =>
        $"""<bpmn:userTask id="{id}" name="{id}" {attributes}>{body}</bpmn:userTask>""";

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}"/>"""
        : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

    /// <summary>Flows joining the ids in order, named <c>a_b</c>.</summary>
    public static string Sequence(params string[] ids) =>
        string.Concat(ids.Zip(ids.Skip(1), (from, to) => Flow($"{from}_{to}", from, to)));

    /// <summary>start → the given user task ids → end.</summary>
    public static string Chain(params string[] taskIds) =>
        Start() + string.Concat(taskIds.Select(id => UserTask(id))) + End() + Sequence(["start", .. taskIds, "end"]);

    /// <summary>Reads a document that must load without any problem.</summary>
    public static ProcessDefinition ReadClean(string xml)
    {
        var result = BpmnReader.Read(xml);
        Assert.True(result.Problems.IsEmpty, string.Join(Environment.NewLine, result.Problems));
        return result.Definition!;
    }
}
