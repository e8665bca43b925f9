using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Walks the children of a process or sub-process: flow nodes and sequence flows are read, purely
/// documentary or graphical elements are passed over, and any other BPMN element refuses the file.
/// </summary>
internal static class ScopeReader
{
    public static void Read(XElement scope, string? scopeId, ImportContext context)
    {
        foreach (var child in scope.Elements())
        {
            if (child.Name.Namespace != BpmnElementNames.Model)
            {
                continue;
            }

            var name = child.Name.LocalName;
            if (name == "sequenceFlow")
            {
                SequenceFlowReader.Read(child, scopeId, context);
            }
            else if (BpmnElementNames.FlowNodes.Contains(name))
            {
                FlowNodeReader.Read(child, scopeId, context);
            }
            else if (!BpmnElementNames.IgnoredInScope.Contains(name))
            {
                context.Refuse(UnsupportedConstruct.Element(child));
            }
        }
    }
}
