using System.Xml;
using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Loads a BPMN file into a tree without ever expanding a DTD: no DOCTYPE, no external entities,
/// no entity expansion, a cap on the size. Anything else comes back as one problem, never an exception.
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

        buffer.Position = 0;
        return Parse(XmlReader.Create(buffer, Settings(maxBytes)), out problem);
    }

    public static XDocument? Load(string xml, int maxBytes, out ValidationProblem? problem)
    {
        if (xml.Length > maxBytes)
        {
            problem = TooLarge(maxBytes);
            return null;
        }

        return Parse(XmlReader.Create(new StringReader(xml), Settings(maxBytes)), out problem);
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

    private static XDocument? Parse(XmlReader reader, out ValidationProblem? problem)
    {
        try
        {
            using (reader)
            {
                problem = null;
                return XDocument.Load(reader, LoadOptions.SetLineInfo);
            }
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

    // With DtdProcessing.Prohibit the reader refuses any DOCTYPE with this one message; .NET does not
    // localise it, and no other XmlException mentions a DTD.
    private static bool IsDtdRefusal(XmlException ex) => ex.Message.Contains("DTD", StringComparison.Ordinal);

    private static ValidationProblem TooLarge(int maxBytes) => ProblemFor.Document(ProblemCode.DocumentTooLarge,
        $"文件超过 {maxBytes / (1024 * 1024)} MB 的上限，拒绝导入",
        $"The file is larger than the {maxBytes / (1024 * 1024)} MB limit and is refused");
}
