using System.Xml;
using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Loads a BPMN file into a tree without ever expanding a DTD: no DOCTYPE, no external entities,
/// no entity expansion, caps on the size, the nesting depth and the number of elements. Anything else
/// comes back as one problem, never an exception.
/// </summary>
internal static class SecureXmlLoader
{
    public static XDocument? Load(Stream xml, int maxBytes, out ValidationProblem? problem)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = xml.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                problem = TooLarge(maxBytes);
                return null;
            }
        }

        var length = (int)buffer.Length;
        return Parse(() => XmlReader.Create(new MemoryStream(buffer.GetBuffer(), 0, length, writable: false), Settings(maxBytes)), out problem);
    }

    public static XDocument? Load(string xml, int maxBytes, out ValidationProblem? problem)
    {
        if (xml.Length > maxBytes)
        {
            problem = TooLarge(maxBytes);
            return null;
        }

        return Parse(() => XmlReader.Create(new StringReader(xml), Settings(maxBytes)), out problem);
    }

    /// <summary>The reader settings used for every BPMN document and for re-parsing kept extension elements.</summary>
    public static XmlReaderSettings Settings(int maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        // Indentation is not content; dropping it keeps kept extension elements identical across round trips.
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// Two passes over the text: a streaming one that stops at the first element past a cap (building a tree of
    /// 100,000 nested elements, then walking it, would cost seconds of CPU per request), then the tree itself.
    /// </summary>
    private static XDocument? Parse(Func<XmlReader> open, out ValidationProblem? problem)
    {
        try
        {
            using (var scan = open())
            {
                problem = FirstElementPastTheCaps(scan);
                if (problem is not null) return null;
            }
            using var reader = open();
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex) when (IsDtdRefusal(ex))
        {
            problem = ProblemFor.Document(ProblemCode.ForbiddenDtd,
                "文件包含 DTD（DOCTYPE），出于安全原因拒绝导入（防止外部实体与实体膨胀攻击）",
                "The file contains a DTD (DOCTYPE) and is refused for security reasons (external entities, entity expansion)");
            return null;
        }
        catch (XmlException ex)
        {
            problem = ProblemFor.Document(ProblemCode.MalformedXml,
                $"XML 格式错误（第 {ex.LineNumber} 行，第 {ex.LinePosition} 列）：{ex.Message}",
                $"Malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
            return null;
        }
    }

    private static ValidationProblem? FirstElementPastTheCaps(XmlReader reader)
    {
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            elements++;
            var depth = reader.Depth + 1;
            if (depth <= BpmnReader.MaxDepth && elements <= BpmnReader.MaxElements) continue;

            var at = (IXmlLineInfo)reader;
            var id = reader.GetAttribute("id") ?? "";
            var element = id.Length == 0 ? $"<{reader.Name}>" : $"<{reader.Name} id=\"{id}\">";
            return depth > BpmnReader.MaxDepth
                ? new ValidationProblem(id, reader.LocalName, ProblemCode.DocumentTooDeep,
                    $"文件嵌套过深：第 {at.LineNumber} 行第 {at.LinePosition} 列的元素 {element} 位于第 {depth} 层，超过 {BpmnReader.MaxDepth} 层的上限，拒绝导入",
                    $"The file is nested too deeply: element {element} at line {at.LineNumber}, position {at.LinePosition} is at depth {depth}, beyond the limit of {BpmnReader.MaxDepth} levels; it is refused")
                : new ValidationProblem(id, reader.LocalName, ProblemCode.DocumentTooManyElements,
                    $"文件元素过多：第 {at.LineNumber} 行第 {at.LinePosition} 列的元素 {element} 是第 {elements} 个，超过 {BpmnReader.MaxElements} 个元素的上限，拒绝导入",
                    $"The file has too many elements: element {element} at line {at.LineNumber}, position {at.LinePosition} is number {elements}, beyond the limit of {BpmnReader.MaxElements} elements; it is refused");
        }
        return null;
    }

    // With DtdProcessing.Prohibit the reader refuses any DOCTYPE with this one message; .NET does not
    // localise it, and no other XmlException mentions a DTD.
    private static bool IsDtdRefusal(XmlException ex) => ex.Message.Contains("DTD", StringComparison.Ordinal);

    private static ValidationProblem TooLarge(int maxBytes) => ProblemFor.Document(ProblemCode.DocumentTooLarge,
        $"文件超过 {maxBytes / (1024 * 1024)} MB 的上限，拒绝导入",
        $"The file is larger than the {maxBytes / (1024 * 1024)} MB limit and is refused");
}
