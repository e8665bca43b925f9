using WorkflowHall.Engine.Versions;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Versions;

public class DefinitionCatalogTests
{
    private static readonly string V1 = """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
        <bpmn:userTask id="accept" name="受理" hall:post="window" hall:timeLimit="5"/>
        <bpmn:sequenceFlow id="f1" sourceRef="accept" targetRef="e"/><bpmn:endEvent id="e"/>
        """;

    private static readonly string V2 = """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
        <bpmn:userTask id="accept" name="受理" hall:post="window" hall:timeLimit="3"/>
        <bpmn:sequenceFlow id="f1" sourceRef="accept" targetRef="approve"/>
        <bpmn:userTask id="approve" name="审批" hall:post="leader"/>
        <bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="e"/><bpmn:endEvent id="e"/>
        """;

    private static DefinitionCatalog Publish(DefinitionCatalog catalog, string body, int day)
    {
        var result = catalog.SaveDraft(Load(body), Xml(body), T0.AddDays(day), "admin").Publish("p", T0.AddDays(day), "admin", $"day {day}");
        Assert.True(result.IsPublished, string.Join("; ", result.Problems));
        return result.Catalog;
    }

    [Fact]
    public void Publishing_numbers_versions_and_new_instances_take_the_latest_active_one()
    {
        var catalog = Publish(Publish(DefinitionCatalog.Empty, V1, 0), V2, 1);

        Assert.Equal(2, catalog.Latest("p")!.Version);
        Assert.Equal(1, catalog.Version("p", 1)!.Version);
        Assert.Null(catalog.History("p")!.Draft);

        var retired = catalog.Retire("p", 2, T0.AddDays(2), "admin");
        Assert.Equal(1, retired.Latest("p")!.Version);
        Assert.True(retired.Version("p", 2)!.IsRetired);
        Assert.Equal(2, catalog.Latest("p")!.Version); // the old catalog value is untouched
    }

    [Fact]
    public void Publishing_an_invalid_draft_is_refused_and_keeps_the_catalog_as_it_was()
    {
        var catalog = Publish(DefinitionCatalog.Empty, V1, 0);
        var broken = Engine.Bpmn.BpmnReader.Read(Xml("""
            <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
            <bpmn:userTask id="accept" name="受理"/>
            """)).Definition!;

        var result = catalog.SaveDraft(broken, "<xml/>", T0, "admin").Publish("p", T0, "admin");

        Assert.False(result.IsPublished);
        Assert.Contains(result.Problems, p => p.ElementId == "accept");
        Assert.Equal(1, result.Catalog.Latest("p")!.Version);
    }

    [Fact]
    public void Comparing_two_versions_lists_added_removed_and_changed_elements()
    {
        var diff = DefinitionComparer.Compare(Load(V1), Load(V2));

        Assert.Contains(diff.Nodes, c => c.ElementId == "approve" && c.Change == ChangeKind.Added);
        var changed = Assert.Single(diff.Nodes, c => c.ElementId == "accept");
        Assert.Equal(ChangeKind.Changed, changed.Change);
        Assert.Equal(["timeLimit"], changed.Properties.ToArray());
        Assert.Contains(diff.Flows, c => c.ElementId == "f1" && c.Change == ChangeKind.Changed && c.Properties.Contains("target"));
        Assert.Contains(diff.Flows, c => c.ElementId == "f2" && c.Change == ChangeKind.Added);

        var back = DefinitionComparer.Compare(Load(V2), Load(V1));
        Assert.Contains(back.Nodes, c => c.ElementId == "approve" && c.Change == ChangeKind.Removed);
        Assert.True(DefinitionComparer.Compare(Load(V1), Load(V1)).IsEmpty);
    }
}
