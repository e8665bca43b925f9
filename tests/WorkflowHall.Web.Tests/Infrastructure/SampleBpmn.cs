namespace WorkflowHall.Web.Tests.Infrastructure;

public static class SampleBpmn
{
    /// <summary>The repository's standard process, as the host seeds it.</summary>
    public static string Standard() => File.ReadAllText(Path.Combine(RepositoryRoot(), "workflows", "standard-approval.bpmn"));

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

    public const string Malformed = """<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="x"><bpmn:startEvent""";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorkflowHall.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The tests run outside the WorkflowHall checkout.");
    }
}
