using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>Reads a <c>timerEventDefinition</c>: one of <c>timeDuration</c>, <c>timeDate</c>, <c>timeCycle</c>.</summary>
internal static class TimerReader
{
    private static readonly XNamespace Model = BpmnNamespaces.Model;

    public static TimerDefinition Read(XElement timerDefinition, XElement owner, ImportContext context)
    {
        var parts = timerDefinition.Elements()
            .Where(e => e.Name.Namespace == Model && KindOf(e.Name.LocalName) is not null)
            .ToList();
        if (parts.Count == 0)
        {
            // An empty timer is kept as such; validation names it (EmptyTimer).
            return new TimerDefinition(TimerKind.Duration, "");
        }

        if (parts.Count > 1)
        {
            context.Report(owner, ProblemCode.InvalidTimer,
                "定时事件只能有 timeDuration、timeDate、timeCycle 中的一个，只读取了第一个",
                "A timer holds exactly one of timeDuration, timeDate, timeCycle; only the first was read");
        }

        return new TimerDefinition(KindOf(parts[0].Name.LocalName)!.Value, parts[0].Value.Trim());
    }

    private static TimerKind? KindOf(string name) => name switch
    {
        "timeDuration" => TimerKind.Duration,
        "timeDate" => TimerKind.Date,
        "timeCycle" => TimerKind.Cycle,
        _ => null,
    };
}
