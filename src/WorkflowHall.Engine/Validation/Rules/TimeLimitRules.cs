using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>
/// A step's time limit is positive (whole days when counted in days) and its warning falls inside
/// the limit: a share strictly between 0 and 1, or an amount before the deadline smaller than the limit.
/// </summary>
internal static class TimeLimitRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        foreach (var task in definition.Nodes.OfType<UserTask>())
        {
            var limit = task.Hall.TimeLimit;
            var warning = task.Hall.Warning;
            var name = ProblemFor.Quoted(task);
            if (limit is not null && limit.Amount <= 0)
            {
                yield return Problem(task, $"{name} 的办理时限必须大于 0（现为 {limit.Amount}）", $"The time limit of {name} must be above 0 (it is {limit.Amount})");
            }
            else if (limit is { Unit: TimeLimitUnit.WorkingDays or TimeLimitUnit.NaturalDays } && limit.Amount != decimal.Truncate(limit.Amount))
            {
                yield return Problem(task, $"{name} 的办理时限按天计时必须是整数（现为 {limit.Amount}）", $"The time limit of {name} is counted in days and must be a whole number (it is {limit.Amount})");
            }

            if (warning is null)
            {
                continue;
            }

            if (limit is null)
            {
                yield return Problem(task, $"{name} 设置了预警却没有办理时限", $"{name} has a warning but no time limit");
            }

            if (warning is { AmountBefore: not null, ShareUsed: not null })
            {
                yield return Problem(task, $"{name} 的预警只能二选一：hall:warningBefore 或 hall:warningShare", $"{name} may set only one of hall:warningBefore and hall:warningShare");
            }

            if (warning.ShareUsed is { } share && share is <= 0 or >= 1)
            {
                yield return Problem(task, $"{name} 的预警比例必须在 0 和 1 之间（现为 {share}）", $"The warning share of {name} must lie strictly between 0 and 1 (it is {share})");
            }

            if (warning.AmountBefore is { } before && (before <= 0 || (limit is not null && before >= limit.Amount)))
            {
                yield return Problem(task, $"{name} 的提前预警量 {before} 必须大于 0 且小于办理时限",
                    $"The warning {before} before the deadline of {name} must be above 0 and below the time limit");
            }
        }
    }

    private static ValidationProblem Problem(UserTask task, string zh, string en) => ProblemFor.Node(task, ProblemCode.InvalidTimeLimit, zh, en);
}
