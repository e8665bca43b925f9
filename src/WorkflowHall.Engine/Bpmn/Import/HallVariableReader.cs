using System.Collections.Immutable;
using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>Reads the declared process variables: <c>&lt;hall:variables&gt;&lt;hall:variable name=".." type=".."/&gt;</c>.</summary>
internal static class HallVariableReader
{
    private static readonly XNamespace Hall = BpmnNamespaces.Hall;
    private static readonly XNamespace Model = BpmnNamespaces.Model;

    public static bool Interprets(XElement extension) => extension.Name == Hall + "variables";

    public static ImmutableArray<VariableDeclaration> Read(XElement process, ImportContext context)
    {
        var variables = ImmutableArray.CreateBuilder<VariableDeclaration>();
        var declarations = process.Elements(Model + "extensionElements").Elements(Hall + "variables").Elements();
        foreach (var declaration in declarations)
        {
            if (declaration.Name != Hall + "variable")
            {
                Report(process, context, $"hall:variables 中只能有 hall:variable，发现 {declaration.Name.LocalName}",
                    $"hall:variables holds only hall:variable elements, found {declaration.Name.LocalName}");
                continue;
            }

            var name = ((string?)declaration.Attribute("name"))?.Trim();
            var type = ((string?)declaration.Attribute("type"))?.Trim() ?? "";
            if (string.IsNullOrEmpty(name))
            {
                Report(process, context, "hall:variable 缺少 name 属性", "A hall:variable has no name");
            }
            else if (!HallSettingNames.VariableTypes.TryGetValue(type, out var variableType))
            {
                Report(process, context, $"变量 \"{name}\" 的类型 \"{type}\" 无效，应为 string、number、boolean、list 或 map",
                    $"Variable \"{name}\" has type \"{type}\"; expected string, number, boolean, list or map");
            }
            else if (variables.Any(v => v.Name == name))
            {
                Report(process, context, $"变量 \"{name}\" 重复声明", $"Variable \"{name}\" is declared twice");
            }
            else
            {
                variables.Add(new VariableDeclaration(name, variableType));
            }
        }

        return variables.ToImmutable();
    }

    private static void Report(XElement process, ImportContext context, string zh, string en) =>
        context.Report(process, ProblemCode.InvalidHallSetting, zh, en);
}
