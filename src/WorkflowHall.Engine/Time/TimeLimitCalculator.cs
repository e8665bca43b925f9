using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Time;

/// <summary>
/// Turns a step's or a case's time limit into a due date, its warning time, and the due date after a
/// pause. Days are China dates and a day ends at 23:59:59 +08:00; every result is at +08:00.
/// </summary>
public static class TimeLimitCalculator
{
    /// <summary>When <paramref name="limit"/>, counted from <paramref name="start"/>, runs out.</summary>
    /// <remarks>
    /// The start day is not counted (期间开始的日不计入). <b>Working days</b> (行政许可法 第82条: 期限以工作日计算，
    /// 不含法定节假日): the end of the N-th working day after the start day; 0 means the end of the start
    /// day. <b>Natural days</b>: the end of the N-th day after the start day, but if that last day is a
    /// day off the period ends on the first working day after it (期间届满的最后一日是法定节假日的，以节假日后的
    /// 第一日为期间届满的日期); provisional only if that last-day check reaches a year not loaded.
    /// <b>Hours</b>: exactly N hours after the start, never provisional.
    /// Days must be whole numbers; nothing may be negative.
    /// </remarks>
    public static DueDate Due(DateTimeOffset start, TimeLimit limit, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentNullException.ThrowIfNull(calendar);
        return limit.Unit switch
        {
            TimeLimitUnit.WorkingDays => calendar.AddWorkingDays(start, WholeDays(limit.Amount, nameof(limit))),
            TimeLimitUnit.NaturalDays => NaturalDaysDue(HallTime.DateOf(start).AddDays(WholeDays(limit.Amount, nameof(limit))), calendar),
            TimeLimitUnit.Hours => new DueDate(AddHours(start, NotNegative(limit.Amount, nameof(limit))), false),
            _ => throw new ArgumentOutOfRangeException(nameof(limit), limit.Unit, "Unknown time limit unit."),
        };
    }

    /// <summary>When the yellow warning for <paramref name="limit"/> falls due.</summary>
    /// <remarks>
    /// <see cref="WarningThreshold.AmountBefore"/> is in the limit's own unit before the due date: for
    /// working days, b before N is the end of the (N−b)-th working day. <see cref="WarningThreshold.ShareUsed"/>
    /// (0–1) is when that share of the limit is used: for days, ⌊N·share⌋ days counted like the limit
    /// itself. Either way, nothing used yet means the start. With both set, the earlier wins. Without a
    /// threshold: 1 day before for working and natural days, 20% of the limit before for hours.
    /// </remarks>
    public static DueDate WarningAt(DateTimeOffset start, TimeLimit limit, WarningThreshold? warning, WorkingDayCalendar calendar)
    {
        var due = Due(start, limit, calendar);
        var before = warning?.AmountBefore;
        var share = warning?.ShareUsed;
        if (before is null && share is null)
        {
            before = limit.Unit == TimeLimitUnit.Hours ? limit.Amount * 0.2m : 1;
        }

        var byAmount = before is { } b ? Before(start, limit, b, due, calendar) : null;
        var byShare = share is { } s ? AfterShare(start, limit, s, calendar) : null;
        return byAmount is null ? byShare! : byShare is null || byAmount.At <= byShare.At ? byAmount : byShare;
    }

    /// <summary>
    /// Where the due date moves when the case clock was stopped from <paramref name="pausedAt"/> to
    /// <paramref name="resumedAt"/> (补正 after acceptance, or a special procedure such as 听证, 检验, 鉴定,
    /// 专家评审 that 行政许可法 第45条 excludes from the limit).
    /// </summary>
    /// <remarks>
    /// Working days: later by the working days the pause covered, counted like
    /// <see cref="WorkingDayCalendar.CountWorkingDays(DateTimeOffset, DateTimeOffset)"/>. Natural days:
    /// later by the calendar days covered, then past any day off on which it lands. Hours: later by the
    /// exact time elapsed. Provisional when the count touches a year not loaded; the caller keeps the
    /// original due date's own provisional flag as well.
    /// </remarks>
    public static DueDate ShiftForPause(DateTimeOffset due, DateTimeOffset pausedAt, DateTimeOffset resumedAt, TimeLimitUnit unit, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (resumedAt < pausedAt)
        {
            throw new ArgumentException("A pause cannot end before it starts.", nameof(resumedAt));
        }

        var dueInChina = HallTime.At(due);
        var provisional = unit != TimeLimitUnit.Hours && !calendar.HasYear(HallTime.DateOf(due).Year);
        switch (unit)
        {
            case TimeLimitUnit.WorkingDays:
                var workingDays = calendar.CountWorkingDays(pausedAt, resumedAt, out var pauseProvisional);
                if (workingDays == 0)
                {
                    return new DueDate(dueInChina, provisional || pauseProvisional);
                }

                var shifted = calendar.AddWorkingDays(due, workingDays);
                var timeOfDay = dueInChina.TimeOfDay;
                return new DueDate(HallTime.StartOfDay(HallTime.DateOf(shifted.At)) + timeOfDay,
                    provisional || pauseProvisional || shifted.Provisional);
            case TimeLimitUnit.NaturalDays:
                var days = HallTime.DateOf(resumedAt).DayNumber - HallTime.DateOf(pausedAt).DayNumber;
                if (days == 0)
                {
                    return new DueDate(dueInChina, provisional);
                }

                var landing = HallTime.DateOf(due).AddDays(days);
                var lastDay = calendar.FirstWorkingDayFrom(landing, ref provisional);
                return new DueDate(HallTime.StartOfDay(lastDay) + dueInChina.TimeOfDay, provisional);
            case TimeLimitUnit.Hours:
                return new DueDate(dueInChina + (resumedAt - pausedAt), false);
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time limit unit.");
        }
    }

    private static DueDate NaturalDaysDue(DateOnly lastDay, WorkingDayCalendar calendar)
    {
        var provisional = false;
        var day = calendar.FirstWorkingDayFrom(lastDay, ref provisional);
        return new DueDate(HallTime.EndOfDay(day), provisional);
    }

    private static DueDate Before(DateTimeOffset start, TimeLimit limit, decimal amount, DueDate due, WorkingDayCalendar calendar)
    {
        NotNegative(amount, "warning");
        if (limit.Unit == TimeLimitUnit.Hours)
        {
            var at = due.At - TimeSpan.FromTicks((long)decimal.Round(amount * TimeSpan.TicksPerHour));
            return new DueDate(at < start ? HallTime.At(start) : at, false);
        }

        var before = WholeDays(amount, "warning");
        if (limit.Unit == TimeLimitUnit.NaturalDays)
        {
            var at = due.At.AddDays(-before);
            return at < start ? new DueDate(HallTime.At(start), false) : due with { At = at };
        }

        var used = WholeDays(limit.Amount, nameof(limit)) - before;
        return used <= 0 ? new DueDate(HallTime.At(start), false) : calendar.AddWorkingDays(start, used);
    }

    private static DueDate AfterShare(DateTimeOffset start, TimeLimit limit, decimal share, WorkingDayCalendar calendar)
    {
        if (share is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException("warning", share, "The share of the limit used must be between 0 and 1.");
        }

        if (limit.Unit == TimeLimitUnit.Hours)
        {
            return new DueDate(AddHours(start, limit.Amount * share), false);
        }

        var used = (int)decimal.Floor(WholeDays(limit.Amount, nameof(limit)) * share);
        if (used == 0)
        {
            return new DueDate(HallTime.At(start), false);
        }

        return limit.Unit == TimeLimitUnit.WorkingDays
            ? calendar.AddWorkingDays(start, used)
            : new DueDate(HallTime.EndOfDay(HallTime.DateOf(start).AddDays(used)), false);
    }

    private static DateTimeOffset AddHours(DateTimeOffset start, decimal hours) =>
        HallTime.At(start).AddTicks((long)decimal.Round(hours * TimeSpan.TicksPerHour));

    private static int WholeDays(decimal amount, string parameter)
    {
        NotNegative(amount, parameter);
        if (amount != decimal.Truncate(amount) || amount > 100_000)
        {
            throw new ArgumentException($"A time limit in days must be a whole number of days (up to 100000), not {amount}.", parameter);
        }

        return (int)amount;
    }

    private static decimal NotNegative(decimal amount, string parameter) => amount >= 0
        ? amount
        : throw new ArgumentOutOfRangeException(parameter, amount, "A time limit cannot be negative.");
}
