using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Cli.Definitions;

/// <summary>
/// A problem as the command line reports it: the engine's <see cref="ValidationProblem"/>s, plus the
/// file-level ones only the command line meets (the file is missing or cannot be opened).
/// </summary>
internal sealed record ReportedProblem(string ElementId, string ElementKind, string Code, string MessageZh, string MessageEn)
{
    public static ReportedProblem From(ValidationProblem problem) =>
        new(problem.ElementId, problem.ElementKind, problem.Code.ToString(), problem.MessageZh, problem.MessageEn);

    public static ReportedProblem FileNotFound(string file) =>
        new("", "file", "FileNotFound", $"找不到文件 {file}", $"The file {file} does not exist");

    public static ReportedProblem FileNotOpened(string file, string reason) =>
        new("", "file", "FileUnreadable", $"无法打开文件 {file}：{reason}", $"The file {file} cannot be opened: {reason}");
}
