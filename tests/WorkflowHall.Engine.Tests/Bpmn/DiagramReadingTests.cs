using WorkflowHall.Engine.Bpmn;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class DiagramReadingTests
{
    [Fact]
    public void Shape_bounds_expansion_and_edge_waypoints_of_the_chosen_process_are_read_and_labels_ignored()
    {
        var xml = Process(Start() + """<bpmn:subProcess id="sub"><bpmn:startEvent id="s2"/><bpmn:endEvent id="e2"/><bpmn:sequenceFlow id="f2" sourceRef="s2" targetRef="e2"/></bpmn:subProcess>"""
            + End() + Sequence("start", "sub", "end"), afterProcess: """
            <bpmndi:BPMNDiagram id="dia">
              <bpmndi:BPMNPlane id="plane" bpmnElement="p">
                <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="120.5" width="36" height="36"/><bpmndi:BPMNLabel><dc:Bounds x="1" y="2" width="3" height="4"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="sub_di" bpmnElement="sub" isExpanded="false"><dc:Bounds x="200" y="100" width="100" height="80"/></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="ghost_di" bpmnElement="ghost"><dc:Bounds x="0" y="0" width="1" height="1"/></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge id="e_di" bpmnElement="start_sub"><di:waypoint x="136" y="138"/><di:waypoint x="200" y="138"/></bpmndi:BPMNEdge>
              </bpmndi:BPMNPlane>
            </bpmndi:BPMNDiagram>
            """);

        var diagram = ReadClean(xml).Diagram!;

        Assert.Equal(new Bounds(100, 120.5, 36, 36), diagram.Shapes["start"].Bounds);
        Assert.Null(diagram.Shapes["start"].IsExpanded);
        Assert.False(diagram.Shapes["sub"].IsExpanded);
        Assert.False(diagram.Shapes.ContainsKey("ghost"));
        Assert.Equal([new Waypoint(136, 138), new Waypoint(200, 138)], diagram.Edges["start_sub"].AsEnumerable());
    }

    [Fact]
    public void A_collapsed_sub_process_is_exported_with_its_inside_on_a_plane_of_its_own()
    {
        var xml = Process(Start() + """<bpmn:subProcess id="sub"><bpmn:startEvent id="s2"/><bpmn:endEvent id="e2"/><bpmn:sequenceFlow id="f2" sourceRef="s2" targetRef="e2"/></bpmn:subProcess>"""
            + End() + Sequence("start", "sub", "end"), afterProcess: """
            <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="p">
              <bpmndi:BPMNShape id="sub_di" bpmnElement="sub" isExpanded="false"><dc:Bounds x="200" y="100" width="100" height="80"/></bpmndi:BPMNShape>
            </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            """);

        var planes = System.Xml.Linq.XDocument.Parse(BpmnWriter.Write(ReadClean(xml)))
            .Descendants(System.Xml.Linq.XName.Get("BPMNPlane", BpmnNamespaces.Di))
            .ToDictionary(p => (string)p.Attribute("bpmnElement")!, p => p.Elements().Select(e => (string)e.Attribute("bpmnElement")!).Order().ToList());

        Assert.Equal(["end", "start", "start_sub", "sub", "sub_end"], planes["p"]);
        Assert.Equal(["e2", "f2", "s2"], planes["sub"]);
    }

    [Fact]
    public void A_file_without_diagram_interchange_has_no_diagram()
    {
        Assert.Null(ReadClean(Process(Chain("review"))).Diagram);
    }
}
