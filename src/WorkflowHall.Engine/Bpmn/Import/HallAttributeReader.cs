using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Reads the hall's own attributes (<see cref="BpmnNamespaces.Hall"/>) on a user task. A bad value
/// is reported and left out; it never throws.
/// </summary>
internal static class HallAttributeReader
{
    private static readonly XNamespace Hall = BpmnNamespaces.Hall;

    public static HallStepSettings ReadStep(XElement userTask, ImportContext context)
    {
        var settings = HallStepSettings.None;
        foreach (var attribute in userTask.Attributes().Where(a => a.Name.Namespace == Hall))
        {
            var value = attribute.Value.Trim();
            switch (attribute.Name.LocalName)
            {
                case "stage":
                    settings = Parse(HallSettingNames.Stages, value) is { } stage
                        ? settings with { Stage = stage }
                        : Bad(settings, userTask, attribute, context, "accept、review、approve、issue", "accept, review, approve, issue");
                    break;
                case "post":
                    settings = value.Length > 0
                        ? settings with { CandidatePost = value }
                        : Bad(settings, userTask, attribute, context, "岗位代码", "a post code");
                    break;
                case "unit":
                    settings = Parse(HallSettingNames.Units, value) is { } unit
                        ? settings with { UnitRule = unit }
                        : Bad(settings, userTask, attribute, context, "handling、parent、applicant-village", "handling, parent, applicant-village");
                    break;
                case "actions":
                    settings = settings with { AllowedActions = Actions(userTask, attribute, context) };
                    break;
                case "formKey":
                    settings = value.Length > 0 ? settings with { FormKey = value } : settings;
                    break;
                case "timeLimit" or "timeLimitUnit" or "warningBefore" or "warningShare":
                    break;
                default:
                    ReportUnknown(userTask, attribute, context);
                    break;
            }
        }

        return settings with { TimeLimit = TimeLimit(userTask, context), Warning = Warning(userTask, context) };
    }

    /// <summary>Reports every hall attribute on an element that has none besides <paramref name="allowed"/>.</summary>
    public static void RejectOthers(XElement element, ImportContext context, params string[] allowed)
    {
        foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == Hall && !allowed.Contains(a.Name.LocalName)))
        {
            ReportUnknown(element, attribute, context);
        }
    }

    private static TimeLimit? TimeLimit(XElement userTask, ImportContext context)
    {
        var amountAttribute = userTask.Attribute(Hall + "timeLimit");
        var unitAttribute = userTask.Attribute(Hall + "timeLimitUnit");
        var unit = TimeLimitUnit.WorkingDays;
        if (unitAttribute is not null)
        {
            if (Parse(HallSettingNames.TimeLimitUnits, unitAttribute.Value.Trim()) is { } parsed)
            {
                unit = parsed;
            }
            else
            {
                ReportTimeLimit(userTask, context, $"hall:timeLimitUnit 的值 \"{unitAttribute.Value}\" 无效，应为 workingDays、naturalDays 或 hours",
                    $"hall:timeLimitUnit \"{unitAttribute.Value}\" is not one of workingDays, naturalDays, hours");
                return null;
            }
        }

        if (amountAttribute is null)
        {
            if (unitAttribute is not null)
            {
                ReportTimeLimit(userTask, context, "设置了 hall:timeLimitUnit 却没有 hall:timeLimit", "hall:timeLimitUnit is set without hall:timeLimit");
            }

            return null;
        }

        return Number(userTask, amountAttribute, context) is { } amount ? new TimeLimit(amount, unit) : null;
    }

    private static WarningThreshold? Warning(XElement userTask, ImportContext context)
    {
        var before = userTask.Attribute(Hall + "warningBefore") is { } b ? Number(userTask, b, context) : null;
        var share = userTask.Attribute(Hall + "warningShare") is { } s ? Number(userTask, s, context) : null;
        return before is null && share is null ? null : new WarningThreshold(before, share);
    }

    private static decimal? Number(XElement element, XAttribute attribute, ImportContext context)
    {
        if (decimal.TryParse(attribute.Value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        ReportTimeLimit(element, context, $"hall:{attribute.Name.LocalName} 的值 \"{attribute.Value}\" 不是数字",
            $"hall:{attribute.Name.LocalName} \"{attribute.Value}\" is not a number");
        return null;
    }

    private static ImmutableArray<string> Actions(XElement element, XAttribute attribute, ImportContext context)
    {
        var actions = ImmutableArray.CreateBuilder<string>();
        foreach (var action in VendorAttributes.CommaList(attribute.Value))
        {
            if (!HallActions.All.Contains(action))
            {
                context.Report(element, ProblemCode.InvalidHallSetting,
                    $"hall:actions 中的操作 \"{action}\" 未定义",
                    $"hall:actions names an unknown action \"{action}\"");
            }
            else if (!actions.Contains(action))
            {
                actions.Add(action);
            }
        }

        return actions.ToImmutable();
    }

    private static T? Parse<T>(IReadOnlyDictionary<string, T> names, string value) where T : struct =>
        names.TryGetValue(value, out var parsed) ? parsed : null;

    private static HallStepSettings Bad(HallStepSettings settings, XElement element, XAttribute attribute, ImportContext context, string expectedZh, string expectedEn)
    {
        context.Report(element, ProblemCode.InvalidHallSetting,
            $"hall:{attribute.Name.LocalName} 的值 \"{attribute.Value}\" 无效，应为 {expectedZh}",
            $"hall:{attribute.Name.LocalName} \"{attribute.Value}\" is invalid; expected {expectedEn}");
        return settings;
    }

    private static void ReportTimeLimit(XElement element, ImportContext context, string zh, string en) =>
        context.Report(element, ProblemCode.InvalidTimeLimit, zh, en);

    private static void ReportUnknown(XElement element, XAttribute attribute, ImportContext context) =>
        context.Report(element, ProblemCode.InvalidHallSetting,
            $"{element.Name.LocalName} 上不能使用大厅属性 hall:{attribute.Name.LocalName}",
            $"The hall attribute hall:{attribute.Name.LocalName} is not allowed on {element.Name.LocalName}");
}
