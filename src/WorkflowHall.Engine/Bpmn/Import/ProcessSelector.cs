using System.Collections.Immutable;
using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Picks the process to import: the one asked for by id; else the single executable one; else the
/// single one that has flow nodes. Several candidates are a question for the caller, not a guess.
/// </summary>
internal static class ProcessSelector
{
    private static readonly XNamespace Model = BpmnNamespaces.Model;

    public sealed record Selection(XElement? Process, ValidationProblem? Problem, ImmutableArray<string> Candidates);

    public static Selection Select(XElement definitions, string? processId)
    {
        var processes = definitions.Elements(Model + "process").ToList();
        if (processId is not null)
        {
            var wanted = processes.FirstOrDefault(p => ImportContext.IdOf(p) == processId);
            return wanted is not null
                ? new Selection(wanted, null, [])
                : new Selection(null, NotFound(processId, processes), []);
        }

        var executable = processes.Where(p => string.Equals(((string?)p.Attribute("isExecutable"))?.Trim(), "true", StringComparison.OrdinalIgnoreCase)).ToList();
        if (executable.Count == 1)
        {
            return new Selection(executable[0], null, []);
        }

        var candidates = executable.Count > 1 ? executable : processes.Where(BpmnElementNames.HasFlowNodes).ToList();
        if (candidates.Count == 0 && processes.Count == 1)
        {
            candidates = processes;
        }

        return candidates.Count switch
        {
            1 => new Selection(candidates[0], null, []),
            0 => new Selection(null, ProblemFor.Document(ProblemCode.NoExecutableProcess,
                "文件中没有可导入的流程（process）", "The file holds no process to import"), []),
            _ => Several(candidates),
        };
    }

    private static Selection Several(List<XElement> candidates)
    {
        var ids = candidates.Select(ImportContext.IdOf).ToImmutableArray();
        var names = string.Join(", ", candidates.Select(p => ImportContext.NameOf(p) is { } name ? $"{ImportContext.IdOf(p)} \"{name}\"" : ImportContext.IdOf(p)));
        var problem = ProblemFor.Document(ProblemCode.SeveralProcesses,
            $"文件包含多个流程（{names}），请指定要导入哪一个流程的 id",
            $"The file holds several processes ({names}); say which process id to import");
        return new Selection(null, problem, ids);
    }

    private static ValidationProblem NotFound(string processId, List<XElement> processes)
    {
        var ids = string.Join(", ", processes.Select(ImportContext.IdOf));
        return new ValidationProblem(processId, "process", ProblemCode.NoExecutableProcess,
            $"文件中没有 id 为 \"{processId}\" 的流程（现有：{ids}）",
            $"The file has no process with id \"{processId}\" (it has: {ids})");
    }
}
