using System.Xml.Linq;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;
using Xunit.Abstractions;

namespace WorkflowHall.Engine.Tests.Bpmn;

/// <summary>
/// The 21 reference models of the BPMN MIWG suite (TestData/miwg, CC BY 3.0): each process is either
/// loaded with every flow node of the file, or refused with every unsupported node named — never an
/// exception, never a node dropped.
/// </summary>
public class MiwgReferenceTests(ITestOutputHelper output)
{
    private static readonly XNamespace Model = BpmnNamespaces.Model;

    private static readonly HashSet<string> FlowNodeNames =
    [
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "implicitThrowEvent",
        "task", "userTask", "serviceTask", "manualTask", "sendTask", "receiveTask", "scriptTask", "businessRuleTask",
        "callActivity", "subProcess", "transaction", "adHocSubProcess",
        "exclusiveGateway", "parallelGateway", "inclusiveGateway", "complexGateway", "eventBasedGateway",
        "callChoreography", "choreographyTask", "subChoreography",
    ];

    public static TheoryData<string> Files() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "miwg"), "*.bpmn").Select(f => Path.GetFileName(f)!).Order()];

    [Fact]
    public void All_twenty_one_reference_files_are_present() => Assert.Equal(21, Files().Count);

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_reference_process_is_loaded_whole_or_refused_naming_every_unsupported_node(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "miwg", file);
        var document = XDocument.Load(path);

        var result = Read(path, null);

        if (result.CandidateProcessIds.IsEmpty)
        {
            Check(file, document, result);
            return;
        }

        var several = Assert.Single(result.Problems);
        Assert.Equal(ProblemCode.SeveralProcesses, several.Code);
        Assert.All(result.CandidateProcessIds, id => Assert.Contains(id, several.MessageEn));
        foreach (var processId in result.CandidateProcessIds)
        {
            Check(file, document, Read(path, processId));
        }
    }

    [Theory]
    [InlineData("A.1.0.bpmn")]
    [InlineData("A.2.0.bpmn")]
    [InlineData("A.2.1.bpmn")]
    [InlineData("C.1.1.bpmn")]
    [InlineData("C.5.0.bpmn", "_774bc005-0917-43d5-ab70-0f9fe123fbd1")]
    public void The_reference_processes_built_from_the_supported_subset_load(string file, string? processId = null)
    {
        var result = Read(Path.Combine(AppContext.BaseDirectory, "TestData", "miwg", file), processId);

        Assert.NotNull(result.Definition);
        Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCode.UnsupportedElement);
    }

    [Fact]
    public void The_collaboration_of_A_4_0_asks_which_of_its_two_processes_to_import()
    {
        var result = Read(Path.Combine(AppContext.BaseDirectory, "TestData", "miwg", "A.4.0.bpmn"), null);

        Assert.Equal(["WFP-6-1", "WFP-6-2"], result.CandidateProcessIds.AsEnumerable());
        Assert.Contains("WFP-6-1", Assert.Single(result.Problems).MessageZh);
    }

    [Fact]
    public void The_diagram_of_A_1_0_is_read_for_every_node_and_flow()
    {
        var definition = Read(Path.Combine(AppContext.BaseDirectory, "TestData", "miwg", "A.1.0.bpmn"), null).Definition!;

        Assert.Equal(definition.Nodes.Length, definition.Diagram!.Shapes.Count);
        Assert.Equal(definition.Flows.Length, definition.Diagram.Edges.Count);
        Assert.Equal(new Bounds(186, 336, 30, 30), definition.Diagram.Shapes["_93c466ab-b271-4376-a427-f4c353d55ce8"].Bounds);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_reference_process_that_loads_survives_export_and_import_with_its_drawing(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "miwg", file);
        var first = Read(path, null);
        var results = first.CandidateProcessIds.IsEmpty ? [first] : first.CandidateProcessIds.Select(id => Read(path, id)).ToList();

        foreach (var definition in results.Select(r => r.Definition).OfType<ProcessDefinition>())
        {
            var again = BpmnReader.Read(BpmnWriter.Write(definition)).Definition!;

            Assert.Equal(ModelSnapshot.Of(definition), ModelSnapshot.Of(again));
            // Processes only called from another (B.1.0, B.2.0) have no drawing of their own and are laid out.
            Assert.All(definition.Diagram?.Shapes ?? [], shape => Assert.Equal(shape.Value.Bounds, again.Diagram!.Shapes[shape.Key].Bounds));
            Assert.Equal(definition.Nodes.Length, again.Diagram!.Shapes.Count);
        }
    }

    private static BpmnImportResult Read(string path, string? processId)
    {
        using var stream = File.OpenRead(path);
        return BpmnReader.Read(stream, processId);
    }

    private void Check(string file, XDocument document, BpmnImportResult result)
    {
        Assert.NotNull(result.ProcessId);
        var process = document.Root!.Elements(Model + "process").Single(p => (string?)p.Attribute("id") == result.ProcessId);
        var fileNodes = process.Descendants().Where(e => e.Name.Namespace == Model && FlowNodeNames.Contains(e.Name.LocalName)).ToList();
        var unsupportedIds = result.Problems.Where(p => p.Code == ProblemCode.UnsupportedElement).Select(p => p.ElementId).ToHashSet();

        if (result.Definition is { } definition)
        {
            output.WriteLine($"{file} / {result.ProcessId}: loaded, {definition.Nodes.Length} nodes, {result.Problems.Length} validation problems");
            Assert.Empty(unsupportedIds);
            Assert.Equal(fileNodes.Select(e => (string)e.Attribute("id")!).Order(), definition.Nodes.Select(n => n.Id).Order());
            Assert.Equal(process.Descendants(Model + "sequenceFlow").Count(), definition.Flows.Length);
        }
        else
        {
            output.WriteLine($"{file} / {result.ProcessId}: refused, unsupported {string.Join(", ", result.Problems.Where(p => p.Code == ProblemCode.UnsupportedElement).Select(p => p.ElementKind))}");
            Assert.NotEmpty(unsupportedIds);
            Assert.All(fileNodes.Where(IsUnsupported), e => Assert.Contains((string)e.Attribute("id")!, unsupportedIds));
            Assert.All(unsupportedIds, id => Assert.Contains(document.Descendants(), e => (string?)e.Attribute("id") == id));
        }
    }

    /// <summary>An independent statement of the supported subset, from the architecture document.</summary>
    private static bool IsUnsupported(XElement node)
    {
        var definitions = node.Elements()
            .Where(c => c.Name.Namespace == Model && (c.Name.LocalName.EndsWith("EventDefinition") || c.Name.LocalName == "eventDefinitionRef"))
            .Select(c => c.Name.LocalName)
            .ToList();
        var hasLoop = node.Element(Model + "standardLoopCharacteristics") is not null || node.Element(Model + "multiInstanceLoopCharacteristics") is not null;
        if ((string?)node.Attribute("isForCompensation") == "true")
        {
            return true;
        }

        return node.Name.LocalName switch
        {
            "startEvent" => definitions.Count > 0,
            "endEvent" => !(definitions.Count == 0 || definitions is ["terminateEventDefinition"]),
            "intermediateCatchEvent" or "boundaryEvent" => definitions is not ["timerEventDefinition"],
            "userTask" => node.Element(Model + "standardLoopCharacteristics") is not null,
            "task" or "manualTask" or "serviceTask" => hasLoop,
            "exclusiveGateway" or "parallelGateway" or "inclusiveGateway" => false,
            "subProcess" => (string?)node.Attribute("triggeredByEvent") == "true" || hasLoop,
            _ => true,
        };
    }
}
