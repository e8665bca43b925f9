namespace WorkflowHall.Cli.Definitions;

/// <summary>Lists why a file was refused: a status line, then every problem with its element, kind, code and both messages.</summary>
internal static class ProblemPrinter
{
    public static void Write(TextWriter writer, LoadedDefinition loaded)
    {
        var count = loaded.Problems.Length;
        writer.WriteLine(loaded.Status == DefinitionStatus.Unreadable
            ? $"无法读取 / unreadable: {loaded.File}"
            : $"无效 / invalid: {loaded.File} — {count} 个问题 / {count} problem{(count == 1 ? "" : "s")}");

        foreach (var problem in loaded.Problems)
        {
            var element = problem.ElementId.Length == 0 ? problem.ElementKind : $"{problem.ElementKind} '{problem.ElementId}'";
            writer.WriteLine($"  {element} [{problem.Code}]");
            writer.WriteLine($"    {problem.MessageZh}");
            writer.WriteLine($"    {problem.MessageEn}");
        }

        if (!loaded.CandidateProcessIds.IsDefaultOrEmpty)
        {
            var ids = string.Join(", ", loaded.CandidateProcessIds);
            writer.WriteLine($"文件含多个流程，请用 --process 指定其一：{ids}");
            writer.WriteLine($"The file holds several processes; pass --process with one of: {ids}");
        }
    }
}
