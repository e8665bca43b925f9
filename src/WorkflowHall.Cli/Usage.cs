namespace WorkflowHall.Cli;

/// <summary>The help text, Chinese first then English.</summary>
internal static class Usage
{
    public const string Text = """
        WorkflowHall 命令行 / command line

        用法 / usage:
          workflowhall validate FILE.bpmn [--process ID] [--json]
              校验流程定义 / validate a process definition
              退出码 / exit: 0 有效 valid, 1 有问题 problems, 2 无法读取 unreadable
          workflowhall export FILE.bpmn [-o OUT.bpmn] [--process ID]
              校验后导出规范化的 BPMN（无图时自动布局）到 OUT 或标准输出
              validate, then write normalised BPMN (laid out when it has no diagram) to OUT or stdout
          workflowhall simulate FILE.bpmn [选项 / options]
              在内存中运行流程，打印所走路径与期限 / run the process in memory and print the path and deadlines
              --outcome STEP=OUTCOME[,OUTCOME...]  步骤依次采用的结果，可重复 / outcomes for a step, in order; repeatable
              --var NAME=VALUE                     流程变量，可重复（默认 applicant=applicant）/ a variable; repeatable
              --start TIME                         开始时间 / start time (default 2026-12-01T09:00:00+08:00)
              --step-duration DURATION             每步办理用时 / time each step takes (default PT4H)
              --calendar DIR                       节假日日历目录 / holiday calendar folder (default workflows/calendars)
              --max-steps N                        最多步数 / step limit (default 200)
              --process ID                         文件含多个流程时选择其一 / pick a process when the file has several
              退出码 / exit: 0 已结束 ended, 1 未结束或被拒绝 not ended or rejected, 2 文件无法读取或无效 unreadable or invalid
          workflowhall help
              显示本帮助 / show this help
        """;

    public static void Write(TextWriter writer) => writer.WriteLine(Text);
}
