using System.Collections.Frozen;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Cli.Definitions;

/// <summary>Reads a BPMN file through <see cref="BpmnReader"/> and sorts the result into valid, invalid or unreadable.</summary>
internal static class DefinitionFile
{
    /// <summary>Codes that mean the file could not be read as BPMN at all, as opposed to a BPMN process with problems.</summary>
    private static readonly FrozenSet<ProblemCode> UnreadableCodes =
        FrozenSet.ToFrozenSet([ProblemCode.MalformedXml, ProblemCode.ForbiddenDtd, ProblemCode.NotBpmn, ProblemCode.DocumentTooLarge,
            ProblemCode.DocumentTooDeep, ProblemCode.DocumentTooManyElements]);

    /// <param name="file">The path as the user gave it, used in messages.</param>
    /// <param name="fullPath">The same path resolved against the working directory.</param>
    public static LoadedDefinition Load(string file, string fullPath, string? processId)
    {
        BpmnImportResult result;
        try
        {
            using var stream = File.OpenRead(fullPath);
            result = BpmnReader.Read(stream, processId);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new LoadedDefinition(file, DefinitionStatus.Unreadable, null, [ReportedProblem.FileNotFound(file)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadedDefinition(file, DefinitionStatus.Unreadable, null, [ReportedProblem.FileNotOpened(file, e.Message)]);
        }

        var status = result.Succeeded ? DefinitionStatus.Valid
            : result.Problems.Any(p => UnreadableCodes.Contains(p.Code)) ? DefinitionStatus.Unreadable
            : DefinitionStatus.Invalid;
        return new LoadedDefinition(file, status, result.Definition, [.. result.Problems.Select(ReportedProblem.From)])
        {
            CandidateProcessIds = result.CandidateProcessIds,
        };
    }
}
