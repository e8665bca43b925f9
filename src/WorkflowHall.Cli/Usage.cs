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
          workflowhall calendar add DATE N [--calendar DIR]
              DATE 之后第 N 个工作日的届满时间（当日 23:59:59）；未载入日历的年份标注“待确认”
              when N working days counted from DATE run out (23:59:59 that day); "to be confirmed" through a year not loaded
          workflowhall calendar count FROM TO [--calendar DIR]
              FROM（不含）至 TO（含）之间的工作日数 / working days after FROM up to and including TO
          workflowhall calendar show YEAR [--calendar DIR]
              全年放假与调休安排，及各月工作日数 / the year's days off, extra working days and working days by month
              退出码 / exit: 1 该年日历未载入 the year is not loaded
              --calendar DIR  节假日日历目录 / holiday calendar folder (default workflows/calendars)
          workflowhall seed --database CONNECTION [选项 / options]
              迁移数据库，载入演示大厅，再生成申请人和办件 / migrate, load the demo hall, then generate applicants and cases
              --provider sqlite|postgres           数据库类型 / database kind (default sqlite)
              --cases N                            办件数，≥ 20000 时批量写入 / cases to make; bulk-inserted from 20000 (default 200)
              --applicants N                       申请人数 / applicants (default ⅘ of the cases: some apply twice)
              --seed N                             随机种子 / random seed (default 42)
              --until DATE                         办件截至日期 / cases up to this day (default today)
              --months N                           办件分布的月数 / months the cases spread over (default 4)
              --mode services|bulk                 强制逐件调用服务或批量写入 / force the services or bulk insert
              --materials DIR                      材料文件目录 / material files folder (default: beside the SQLite file, else data/materials)
              --samples DIR                        演示大厅目录 / demo hall folder (default samples/hall of the checkout)
              --calendar DIR                       节假日日历目录 / holiday calendar folder (default workflows/calendars)
              退出码 / exit: 0 完成 done, 1 演示大厅或生成失败 the demo hall or the generation failed, 2 参数有误 wrong arguments
          workflowhall help
              显示本帮助 / show this help
        """;

    public static void Write(TextWriter writer) => writer.WriteLine(Text);
}
