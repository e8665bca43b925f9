using System.Collections.Immutable;
using System.Xml.Linq;
using WorkflowHall.Engine.Bpmn.Import;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>
/// Imports a BPMN 2.0 file written by any modeler. Elements are matched by namespace URI, never by
/// prefix. The file is parsed without DTDs or entities and is capped in size, depth and number of
/// elements (<see cref="MaxDocumentSize"/>, <see cref="MaxDepth"/>, <see cref="MaxElements"/>). Every problem is
/// reported at once, import and validation alike; the reader does not throw on bad input.
/// </summary>
public static class BpmnReader
{
    /// <summary>Files above this size (bytes, or characters for a string) are refused.</summary>
    public const int MaxDocumentSize = 16 * 1024 * 1024;

    /// <summary>How deep elements may nest (the root is level 1). The hall's own files reach 6; a modeler's, a dozen.</summary>
    public const int MaxDepth = 64;

    /// <summary>How many elements a file may hold, diagram included. The hall's files hold about 200; a large Camunda file, a few thousand.</summary>
    public const int MaxElements = 50_000;

    private static readonly XNamespace Model = BpmnNamespaces.Model;

    /// <param name="processId">The process to import when the file holds several; null to pick the only candidate.</param>
    public static BpmnImportResult Read(Stream xml, string? processId = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var document = SecureXmlLoader.Load(xml, MaxDocumentSize, out var problem);
        return document is null ? BpmnImportResult.Refused(problem!) : Read(document, processId);
    }

    /// <inheritdoc cref="Read(Stream, string?)"/>
    public static BpmnImportResult Read(string xml, string? processId = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var document = SecureXmlLoader.Load(xml, MaxDocumentSize, out var problem);
        return document is null ? BpmnImportResult.Refused(problem!) : Read(document, processId);
    }

    private static BpmnImportResult Read(XDocument document, string? processId)
    {
        var root = document.Root!;
        if (root.Name != Model + "definitions")
        {
            return BpmnImportResult.Refused(ProblemFor.Document(ProblemCode.NotBpmn,
                $"根元素是 {{{root.Name.NamespaceName}}}{root.Name.LocalName}，不是 BPMN 2.0 的 definitions",
                $"The root element is {{{root.Name.NamespaceName}}}{root.Name.LocalName}, not BPMN 2.0 definitions"));
        }

        var selection = ProcessSelector.Select(root, processId);
        if (selection.Process is not { } process)
        {
            return BpmnImportResult.Refused(selection.Problem!) with { CandidateProcessIds = selection.Candidates };
        }

        var key = ImportContext.IdOf(process);
        if (key.Length == 0)
        {
            return BpmnImportResult.Refused(MissingId.For(process));
        }

        var context = new ImportContext();
        ScopeReader.Read(process, null, context);
        var definition = new ProcessDefinition(key, ImportContext.NameOf(process), [.. context.Nodes], [.. context.Flows])
        {
            IsExecutable = string.Equals(((string?)process.Attribute("isExecutable"))?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
            Documentation = ForeignContent.Documentation(process),
            Variables = HallVariableReader.Read(process, context),
            ForeignExtensions = ForeignContent.ExtensionElements(process, HallVariableReader.Interprets, context),
            ForeignAttributes = ForeignContent.Attributes(process, _ => false),
            Diagram = DiagramReader.Read(root,
                context.Nodes.Select(n => n.Id).ToHashSet(), context.Flows.Select(f => f.Id).ToHashSet()),
        };
        definition = definition with
        {
            ForeignPrefixes = ForeignPrefixReader.Read(root, definition.ForeignAttributes.Concat(definition.Nodes.SelectMany(n => n.ForeignAttributes))),
        };
        HallAttributeReader.RejectOthers(process, context);

        var result = context.Refused
            ? new BpmnImportResult(null, [.. context.Problems])
            : new BpmnImportResult(definition, [.. context.Problems, .. DefinitionValidator.Validate(definition)]);
        return result with { ProcessId = key };
    }
}
