using System.Text.Json;
using WorkflowHall.Engine.Bpmn;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

/// <summary>
/// The hall's BPMN extension is declared twice — for the engine (<see cref="HallSettingNames"/>) and for the designer's
/// modeler (<c>src/WorkflowHall.Web/Client/src/designer/hall-moddle.json</c>): an attribute on one side only is one the
/// designer cannot edit, or one it writes and the engine refuses.
/// </summary>
public class HallModdleSchemaTests
{
    private const string ModdlePath = "src/WorkflowHall.Web/Client/src/designer/hall-moddle.json";

    [Fact]
    public void The_designer_declares_exactly_the_attributes_and_elements_the_engine_reads()
    {
        var designer = DesignerSchema();
        var differences = new List<string>();
        foreach (var element in designer.Attributes.Keys.Union(HallSettingNames.Attributes.Keys).Order(StringComparer.Ordinal))
        {
            var declared = designer.Attributes.GetValueOrDefault(element) ?? [];
            var read = HallSettingNames.Attributes.TryGetValue(element, out var names) ? names.ToHashSet() : [];
            differences.AddRange(declared.Except(read).Select(a => $"{element} hall:{a} is in hall-moddle.json only"));
            differences.AddRange(read.Except(declared).Select(a => $"{element} hall:{a} is in HallSettingNames only"));
        }
        differences.AddRange(designer.Elements.Except(HallSettingNames.Elements).Select(e => $"element hall:{e} is in hall-moddle.json only"));
        differences.AddRange(HallSettingNames.Elements.Except(designer.Elements).Select(e => $"element hall:{e} is in HallSettingNames only"));

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void Every_attribute_the_engine_lists_is_taken_on_its_element_and_another_is_refused()
    {
        foreach (var attribute in HallSettingNames.Attributes["userTask"].Append("colour"))
        {
            var result = BpmnReader.Read(Process(Start() + UserTask("step", $"""hall:post="p" hall:{attribute}="1" """) + End() + Sequence("start", "step", "end")));
            Assert.True(Refused(result, attribute) == (attribute == "colour"), $"userTask hall:{attribute}");
        }
        foreach (var attribute in HallSettingNames.Attributes["serviceTask"].Append("colour"))
        {
            var result = BpmnReader.Read(Process(Start() + $"""<bpmn:serviceTask id="call" hall:{attribute}="sms"/>""" + End() + Sequence("start", "call", "end")));
            Assert.True(Refused(result, attribute) == (attribute == "colour"), $"serviceTask hall:{attribute}");
        }

        var variables = BpmnReader.Read(Process("""
            <bpmn:extensionElements><hall:variables><hall:variable name="amount" type="number"/></hall:variables></bpmn:extensionElements>
            """ + Start() + End() + Sequence("start", "end")));
        Assert.Equal([new VariableDeclaration("amount", VariableType.Number)], variables.Definition!.Variables.AsEnumerable());
    }

    private static bool Refused(BpmnImportResult result, string attribute) =>
        result.Problems.Any(p => p.MessageEn.Contains($"hall:{attribute} is not allowed", StringComparison.Ordinal));

    /// <summary>Each element's attributes (<c>isAttr</c> properties; a type extending <c>bpmn:UserTask</c> adds to <c>userTask</c>) and the hall's own elements.</summary>
    private static (Dictionary<string, HashSet<string>> Attributes, HashSet<string> Elements) DesignerSchema()
    {
        using var moddle = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), ModdlePath)));
        var attributes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var elements = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in moddle.RootElement.GetProperty("types").EnumerateArray())
        {
            var extended = type.TryGetProperty("extends", out var extends) ? extends.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            var name = LowerFirst(type.GetProperty("name").GetString()!);
            if (extended.Count == 0) elements.Add(name); // a type of its own is an element, its tag the name with a lower-case first letter
            var owners = extended.Count == 0 ? [name] : extended.Select(e => LowerFirst(e["bpmn:".Length..])).ToList();
            var own = type.GetProperty("properties").EnumerateArray()
                .Where(p => p.TryGetProperty("isAttr", out var isAttr) && isAttr.GetBoolean()).Select(p => p.GetProperty("name").GetString()!);
            foreach (var owner in owners)
            {
                if (!attributes.TryGetValue(owner, out var set)) attributes[owner] = set = new HashSet<string>(StringComparer.Ordinal);
                set.UnionWith(own);
            }
        }
        return (attributes.Where(pair => pair.Value.Count > 0).ToDictionary(), elements);
    }

    private static string LowerFirst(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorkflowHall.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("WorkflowHall.sln not found above " + AppContext.BaseDirectory);
    }
}
