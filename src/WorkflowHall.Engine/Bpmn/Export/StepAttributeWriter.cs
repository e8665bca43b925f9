using System.Xml.Linq;
using static WorkflowHall.Engine.Bpmn.Export.ExportNames;

namespace WorkflowHall.Engine.Bpmn.Export;

/// <summary>
/// Writes a user task's settings as attributes: who may take it in the Camunda namespace (which
/// Camunda Modeler shows and Flowable users recognise), the hall's own settings in the hall namespace.
/// </summary>
internal static class StepAttributeWriter
{
    public static IEnumerable<XAttribute> Assignment(TaskAssignment assignment)
    {
        if (!string.IsNullOrWhiteSpace(assignment.Assignee))
        {
            yield return new XAttribute(Camunda + "assignee", assignment.Assignee);
        }

        if (!assignment.CandidateGroups.IsDefaultOrEmpty)
        {
            yield return new XAttribute(Camunda + "candidateGroups", string.Join(",", assignment.CandidateGroups));
        }

        if (!assignment.CandidateUsers.IsDefaultOrEmpty)
        {
            yield return new XAttribute(Camunda + "candidateUsers", string.Join(",", assignment.CandidateUsers));
        }

        if (!string.IsNullOrWhiteSpace(assignment.DueDate))
        {
            yield return new XAttribute(Camunda + "dueDate", assignment.DueDate);
        }

        if (!string.IsNullOrWhiteSpace(assignment.FormKey))
        {
            yield return new XAttribute(Camunda + "formKey", assignment.FormKey);
        }
    }

    public static IEnumerable<XAttribute> Hall(HallStepSettings settings)
    {
        if (settings.Stage is { } stage)
        {
            yield return new XAttribute(ExportNames.Hall + "stage", HallSettingNames.Name(HallSettingNames.Stages, stage));
        }

        if (!string.IsNullOrWhiteSpace(settings.CandidatePost))
        {
            yield return new XAttribute(ExportNames.Hall + "post", settings.CandidatePost);
        }

        if (settings.UnitRule != UnitRule.HandlingUnit)
        {
            yield return new XAttribute(ExportNames.Hall + "unit", HallSettingNames.Name(HallSettingNames.Units, settings.UnitRule));
        }

        if (settings.TimeLimit is { } limit)
        {
            yield return new XAttribute(ExportNames.Hall + "timeLimit", Number(limit.Amount));
            yield return new XAttribute(ExportNames.Hall + "timeLimitUnit", HallSettingNames.Name(HallSettingNames.TimeLimitUnits, limit.Unit));
        }

        if (settings.Warning?.AmountBefore is { } before)
        {
            yield return new XAttribute(ExportNames.Hall + "warningBefore", Number(before));
        }

        if (settings.Warning?.ShareUsed is { } share)
        {
            yield return new XAttribute(ExportNames.Hall + "warningShare", Number(share));
        }

        if (!settings.AllowedActions.IsDefaultOrEmpty)
        {
            yield return new XAttribute(ExportNames.Hall + "actions", string.Join(",", settings.AllowedActions));
        }

        if (!string.IsNullOrWhiteSpace(settings.FormKey))
        {
            yield return new XAttribute(ExportNames.Hall + "formKey", settings.FormKey);
        }
    }

    public static XElement MultiInstance(MultiInstanceSettings settings)
    {
        var loop = new XElement(Model + "multiInstanceLoopCharacteristics");
        if (settings.IsSequential)
        {
            loop.SetAttributeValue("isSequential", "true");
        }

        if (!string.IsNullOrWhiteSpace(settings.Collection))
        {
            loop.SetAttributeValue(Camunda + "collection", settings.Collection);
        }

        if (!string.IsNullOrWhiteSpace(settings.ElementVariable))
        {
            loop.SetAttributeValue(Camunda + "elementVariable", settings.ElementVariable);
        }

        if (!string.IsNullOrWhiteSpace(settings.LoopCardinality))
        {
            loop.Add(FormalExpression(Model + "loopCardinality", settings.LoopCardinality));
        }

        if (!string.IsNullOrWhiteSpace(settings.CompletionCondition))
        {
            loop.Add(FormalExpression(Model + "completionCondition", settings.CompletionCondition));
        }

        return loop;
    }
}
