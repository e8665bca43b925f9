using WorkflowHall.Engine.Bpmn;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class ForeignContentTests
{
    private const string Vendor = "http://vendor.example/bpmn";

    private static string WithExtensions() => Process($"""
        <bpmn:extensionElements>
          <camunda:properties><camunda:property name="matter" value="营业执照"/></camunda:properties>
        </bpmn:extensionElements>
        {Start()}
        <bpmn:userTask id="review" hall:post="p" xmlns:v="{Vendor}" v:colour="blue" camunda:asyncBefore="true">
          <bpmn:extensionElements>
            <v:meta key="k" xmlns:v="{Vendor}"><v:item>一</v:item></v:meta>
            <camunda:taskListener event="create" class="com.example.Listener"/>
          </bpmn:extensionElements>
        </bpmn:userTask>
        {End()}
        {Sequence("start", "review", "end")}
        """, processAttributes: "camunda:isStartableInTasklist=\"false\"");

    [Fact]
    public void Unknown_extension_elements_are_kept_verbatim_with_their_namespaces()
    {
        var definition = ReadClean(WithExtensions());

        var review = definition.Node("review");
        Assert.Equal(2, review.ForeignExtensions.Length);
        Assert.Contains($"xmlns:v=\"{Vendor}\"", review.ForeignExtensions[0]);
        Assert.Contains("<v:item>一</v:item>", review.ForeignExtensions[0]);
        Assert.Contains("camunda:taskListener", review.ForeignExtensions[1]);
        Assert.Contains("营业执照", Assert.Single(definition.ForeignExtensions));
    }

    [Fact]
    public void Foreign_attributes_of_nodes_and_of_the_process_are_kept()
    {
        var definition = ReadClean(WithExtensions());

        Assert.Contains(new ForeignAttribute(Vendor, "colour", "blue"), definition.Node("review").ForeignAttributes);
        Assert.Contains(new ForeignAttribute(BpmnNamespaces.Camunda, "asyncBefore", "true"), definition.Node("review").ForeignAttributes);
        Assert.Equal([new ForeignAttribute(BpmnNamespaces.Camunda, "isStartableInTasklist", "false")], definition.ForeignAttributes.AsEnumerable());
    }

    [Fact]
    public void Unknown_extension_elements_survive_export_and_import()
    {
        var original = ReadClean(WithExtensions());

        var again = ReadClean(BpmnWriter.Write(original));

        Assert.Equal(original.Node("review").ForeignExtensions.AsEnumerable(), again.Node("review").ForeignExtensions.AsEnumerable());
        Assert.Equal(original.ForeignExtensions.AsEnumerable(), again.ForeignExtensions.AsEnumerable());
        Assert.Equal(original.Node("review").ForeignAttributes.AsEnumerable(), again.Node("review").ForeignAttributes.AsEnumerable());
        Assert.Equal(original.ForeignAttributes.AsEnumerable(), again.ForeignAttributes.AsEnumerable());
    }
}
