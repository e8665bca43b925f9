using System.Collections.Frozen;
using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>Element names of the BPMN 2.0 model namespace, grouped by what the reader does with them.</summary>
internal static class BpmnElementNames
{
    public static readonly XNamespace Model = BpmnNamespaces.Model;

    /// <summary>Every flow node element BPMN 2.0 defines, supported or not.</summary>
    public static readonly FrozenSet<string> FlowNodes = FrozenSet.ToFrozenSet(
    [
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "implicitThrowEvent",
        "task", "userTask", "serviceTask", "manualTask", "sendTask", "receiveTask", "scriptTask", "businessRuleTask",
        "callActivity", "subProcess", "transaction", "adHocSubProcess",
        "exclusiveGateway", "parallelGateway", "inclusiveGateway", "complexGateway", "eventBasedGateway",
        "callChoreography", "choreographyTask", "subChoreography",
    ]);

    /// <summary>
    /// Children of a process or sub-process that carry no behaviour the engine must honour: lanes,
    /// annotations, data, documentation. Read past safely.
    /// </summary>
    public static readonly FrozenSet<string> IgnoredInScope = FrozenSet.ToFrozenSet(
    [
        "documentation", "extensionElements", "laneSet", "lane", "textAnnotation", "association", "group", "category",
        "dataObject", "dataObjectReference", "dataStoreReference", "dataInputAssociation", "dataOutputAssociation",
        "ioSpecification", "ioBinding", "property", "auditing", "monitoring", "incoming", "outgoing",
        "resourceRole", "performer", "humanPerformer", "potentialOwner", "correlationSubscription",
        "supportedInterfaceRef", "categoryValueRef", "supports",
        // A sub-process's own loop marker; the sub-process reader judges it.
        "standardLoopCharacteristics", "multiInstanceLoopCharacteristics",
    ]);

    public static bool IsEventDefinition(XElement element) =>
        element.Name.Namespace == Model
        && (element.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || element.Name.LocalName == "eventDefinitionRef");

    public static bool HasFlowNodes(XElement scope) =>
        scope.Elements().Any(e => e.Name.Namespace == Model && FlowNodes.Contains(e.Name.LocalName));
}
