using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Reads <c>multiInstanceLoopCharacteristics</c> of a user task. The list of signers comes from the
/// vendor <c>collection</c> / <c>elementVariable</c> attributes, else from the standard
/// <c>loopDataInputRef</c> / <c>inputDataItem</c>.
/// </summary>
internal static class MultiInstanceReader
{
    private static readonly XNamespace Model = BpmnNamespaces.Model;

    public static MultiInstanceSettings Read(XElement loop) => new(IsTrue(loop.Attribute("isSequential")))
    {
        Collection = VendorAttributes.Value(loop, "collection") ?? Text(loop.Element(Model + "loopDataInputRef")),
        ElementVariable = VendorAttributes.Value(loop, "elementVariable")
            ?? VendorAttributes.NullIfBlank((string?)loop.Element(Model + "inputDataItem")?.Attribute("name")),
        LoopCardinality = Text(loop.Element(Model + "loopCardinality")),
        CompletionCondition = Text(loop.Element(Model + "completionCondition")),
    };

    private static string? Text(XElement? element) => VendorAttributes.NullIfBlank(element?.Value);

    private static bool IsTrue(XAttribute? attribute) => string.Equals(attribute?.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
