using System.Text;

namespace WorkflowHall.Engine.Bpmn.Export;

/// <summary>A string writer that reports UTF-8, so the XML declaration says what the saved file will be.</summary>
internal sealed class Utf8StringWriter : StringWriter
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
