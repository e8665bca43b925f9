using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class ProcessSelectionTests
{
    private static string Definitions(string processes) => $"""
        <bpmn:definitions {Namespaces} id="d">
          <bpmn:collaboration id="c">
            <bpmn:participant id="pool_a" processRef="a"/><bpmn:participant id="pool_b" processRef="b"/>
            <bpmn:messageFlow id="m" sourceRef="pool_a" targetRef="pool_b"/>
          </bpmn:collaboration>
          {processes}
        </bpmn:definitions>
        """;

    private static string ProcessElement(string id, string executable, bool withNodes = true) =>
        $"""<bpmn:process id="{id}" name="流程{id}" {executable}>{(withNodes ? Chain("t_" + id) : "")}</bpmn:process>""";

    [Fact]
    public void The_single_executable_process_is_chosen_among_several()
    {
        var result = BpmnReader.Read(Definitions(ProcessElement("a", "isExecutable=\"false\"") + ProcessElement("b", "isExecutable=\"true\"")));

        Assert.Equal("b", result.Definition!.Key);
        Assert.True(result.Definition.IsExecutable);
    }

    [Fact]
    public void With_no_executable_process_the_only_one_with_nodes_is_chosen_and_marked_not_executable()
    {
        var result = BpmnReader.Read(Definitions(ProcessElement("a", "", withNodes: false) + ProcessElement("b", "isExecutable=\"false\"")));

        Assert.Equal("b", result.Definition!.Key);
        Assert.False(result.Definition.IsExecutable);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Several_candidates_are_a_question_listing_their_ids()
    {
        var result = BpmnReader.Read(Definitions(ProcessElement("a", "isExecutable=\"true\"") + ProcessElement("b", "isExecutable=\"true\"")));

        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCode.SeveralProcesses, problem.Code);
        Assert.Equal(["a", "b"], result.CandidateProcessIds.AsEnumerable());
        Assert.Contains("a \"流程a\"", problem.MessageZh);
        Assert.Contains("which process", problem.MessageEn);
    }

    [Fact]
    public void A_process_asked_for_by_id_is_read_even_when_not_executable()
    {
        var xml = Definitions(ProcessElement("a", "isExecutable=\"false\"") + ProcessElement("b", "isExecutable=\"true\""));

        Assert.Equal("a", BpmnReader.Read(xml, "a").Definition!.Key);
        var missing = Assert.Single(BpmnReader.Read(xml, "zzz").Problems);
        Assert.Equal(ProblemCode.NoExecutableProcess, missing.Code);
        Assert.Contains("a, b", missing.MessageEn);
    }

    [Fact]
    public void A_file_with_no_process_at_all_says_so()
    {
        var result = BpmnReader.Read($"""<bpmn:definitions {Namespaces} id="d"><bpmn:message id="m"/></bpmn:definitions>""");

        Assert.Equal(ProblemCode.NoExecutableProcess, Assert.Single(result.Problems).Code);
    }
}
