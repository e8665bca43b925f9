namespace WorkflowHall.Web.Components.Admin.Workflows;

/// <summary>The Chinese names (localizer keys) of the properties the engine's DefinitionComparer reports.</summary>
internal static class ChangedPropertyNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["kind"] = "类型",
        ["name"] = "名称",
        ["parent"] = "所在子流程",
        ["default"] = "默认连线",
        ["assignee"] = "办理人",
        ["candidateGroups"] = "候选组",
        ["candidateUsers"] = "候选人",
        ["stage"] = "阶段",
        ["post"] = "候选岗位",
        ["unit"] = "岗位所在单位",
        ["timeLimit"] = "办理时限",
        ["warning"] = "预警",
        ["actions"] = "允许的操作",
        ["form"] = "表单",
        ["multiInstance"] = "会签",
        ["handler"] = "处理程序",
        ["terminate"] = "终止",
        ["timer"] = "定时器",
        ["attachedTo"] = "附着的任务",
        ["cancelActivity"] = "中断",
        ["source"] = "起点",
        ["target"] = "终点",
        ["condition"] = "条件",
    };

    public static string Chinese(string property) => Names.GetValueOrDefault(property, property);
}
