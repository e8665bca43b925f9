using System.Xml;
using System.Xml.Linq;
using WorkflowHall.Engine.Bpmn.Export;
using WorkflowHall.Engine.Bpmn.Layout;
using static WorkflowHall.Engine.Bpmn.Export.ExportNames;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>
/// Exports a definition as BPMN 2.0 XML that bpmn-js and Camunda Modeler open: the process with
/// every setting and the foreign content kept at import, and a diagram — the definition's own
/// where it has one, <see cref="AutoLayout"/> for anything it lacks. <c>BpmnReader.Read(Write(d))</c>
/// gives back the same definition.
/// </summary>
public static class BpmnWriter
{
    public const string TargetNamespace = "https://workflowhall.org/processes";

    public static string Write(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var root = new XElement(Model + "definitions",
            new XAttribute("id", "Definitions_" + definition.Key),
            new XAttribute("targetNamespace", TargetNamespace),
            new XAttribute("exporter", "WorkflowHall"),
            new XAttribute("exporterVersion", "1.0"),
            new ProcessElementWriter(definition).Write(),
            new DiagramElementWriter(definition, LayoutCompletion.Complete(definition)).Write());
        NamespacePrefixes.Declare(root, definition.ForeignPrefixes);

        using var text = new Utf8StringWriter();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, IndentChars = "  " }))
        {
            new XDocument(root).Save(writer);
        }

        return text.ToString();
    }
}
