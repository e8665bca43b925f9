using System.Globalization;
using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Export;

/// <summary>The namespaces an export writes into, and how numbers are spelled in it.</summary>
internal static class ExportNames
{
    public static readonly XNamespace Model = BpmnNamespaces.Model;
    public static readonly XNamespace BpmnDi = BpmnNamespaces.Di;
    public static readonly XNamespace Dc = BpmnNamespaces.Dc;
    public static readonly XNamespace Di = BpmnNamespaces.DiCommon;
    public static readonly XNamespace Xsi = BpmnNamespaces.Xsi;
    public static readonly XNamespace Hall = BpmnNamespaces.Hall;
    public static readonly XNamespace Camunda = BpmnNamespaces.Camunda;

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <c>tFormalExpression</c> child, the form Camunda Modeler and bpmn-js write for conditions and timers.</summary>
    public static XElement FormalExpression(XName name, string text) =>
        new(name, new XAttribute(Xsi + "type", "bpmn:tFormalExpression"), text);
}
