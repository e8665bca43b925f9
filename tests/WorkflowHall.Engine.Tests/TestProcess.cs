using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Variables;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Tests;

/// <summary>Builds definitions from short BPMN bodies and drives instances through the pure core.</summary>
internal static class TestProcess
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, HallTime.Offset);

    public static string Xml(string body, string processId = "p") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:hall="https://workflowhall.org/schema/bpmn/hall/1.0"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="defs" targetNamespace="https://workflowhall.org/test">
          <bpmn:process id="{processId}" isExecutable="true">
            {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static ProcessDefinition Load(string body)
    {
        var result = BpmnReader.Read(Xml(body));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Definition!;
    }

    public static ProcessDefinition LoadFile(string relativePath)
    {
        var result = BpmnReader.Read(File.ReadAllText(Path.Combine(RepositoryRoot(), relativePath)));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Definition!;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkflowHall.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("WorkflowHall.sln not found above the test folder.");
    }

    public static string Cond(string expression) =>
        $"""<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(expression)}</bpmn:conditionExpression>""";
}

/// <summary>One instance run step by step through <see cref="ProcessEngine.Step"/>, asserting each command is accepted.</summary>
internal sealed class Run
{
    private readonly ProcessDefinition _definition;
    private readonly List<Engine.Trail.TrailEvent> _trail = [];

    public Run(ProcessDefinition definition, string instanceId = "case-1")
    {
        _definition = definition;
        State = InstanceState.New(instanceId, definition.Key, 1);
        Now = TestProcess.T0;
    }

    public InstanceState State { get; private set; }
    public DateTimeOffset Now { get; set; }
    public IReadOnlyList<Engine.Trail.TrailEvent> Trail => _trail;
    public StepResult? Last { get; private set; }

    public Run Start(params (string Name, object? Value)[] variables) =>
        Do(new StartInstance("applicant") { Variables = VariableMap.From(variables.Select(v => KeyValuePair.Create(v.Name, v.Value))) });

    public Run Complete(string nodeId, string? outcome = null, string actor = "clerk", params (string Name, object? Value)[] variables) =>
        Do(new CompleteWorkItem(actor, Item(nodeId).Id)
        {
            Outcome = outcome,
            Variables = VariableMap.From(variables.Select(v => KeyValuePair.Create(v.Name, v.Value))),
        });

    public Run Do(EngineCommand command)
    {
        var result = Try(command);
        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        return this;
    }

    public StepResult Try(EngineCommand command)
    {
        var result = ProcessEngine.Step(_definition, State, command, Now);
        Last = result;
        if (result.IsAccepted)
        {
            State = result.State;
            _trail.AddRange(result.Events);
        }
        return result;
    }

    public WorkItem Item(string nodeId) => Items(nodeId).Single();

    public IReadOnlyList<WorkItem> Items(string nodeId) => State.WorkItems.Where(w => w.NodeId == nodeId).ToList();

    public IEnumerable<string> OpenSteps => State.WorkItems.Select(w => w.NodeId).Distinct().Order();
}
