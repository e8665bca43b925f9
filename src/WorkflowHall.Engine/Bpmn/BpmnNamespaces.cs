namespace WorkflowHall.Engine.Bpmn;

/// <summary>Namespace URIs: files are read by URI, never by prefix.</summary>
public static class BpmnNamespaces
{
    public const string Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public const string Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    public const string Dc = "http://www.omg.org/spec/DD/20100524/DC";
    public const string DiCommon = "http://www.omg.org/spec/DD/20100524/DI";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The hall's own extension namespace (prefix <c>hall</c>).</summary>
    public const string Hall = "https://workflowhall.org/schema/bpmn/hall/1.0";

    public const string Camunda = "http://camunda.org/schema/1.0/bpmn";
    public const string Flowable = "http://flowable.org/bpmn";
    public const string Activiti = "http://activiti.org/bpmn";

    public static readonly IReadOnlyList<string> VendorNamespaces = [Camunda, Flowable, Activiti];
}
