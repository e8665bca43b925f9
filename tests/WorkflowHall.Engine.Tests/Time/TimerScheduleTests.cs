using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Tests.Time;

public class TimerScheduleTests
{
    private static readonly TimeSpan China = HallTime.Offset;
    private static readonly DateTimeOffset Armed = new(2026, 11, 30, 15, 20, 0, China);

    private static TimerSchedule Parse(TimerKind kind, string expression)
    {
        Assert.True(TimerSchedule.TryParse(new TimerDefinition(kind, expression), out var schedule, out var zh, out var en), $"{zh} / {en}");
        return schedule!;
    }

    private static (string Zh, string En) Refuse(TimerKind kind, string expression)
    {
        Assert.False(TimerSchedule.TryParse(new TimerDefinition(kind, expression), out var schedule, out var zh, out var en));
        Assert.Null(schedule);
        return (zh!, en!);
    }

    [Fact]
    public void A_duration_timer_is_due_that_long_after_it_is_armed()
    {
        var timer = Parse(TimerKind.Duration, "PT2H");

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 20, 0, China), timer.FirstDue(Armed));
        Assert.Null(timer.NextDue(timer.FirstDue(Armed), 1));
    }

    [Fact]
    public void A_duration_written_with_surrounding_whitespace_in_the_XML_is_read()
    {
        var timer = Parse(TimerKind.Duration, "\n    P1W\n  ");

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 15, 20, 0, China), timer.FirstDue(Armed));
    }

    [Fact]
    public void A_date_timer_is_due_at_its_date_whatever_the_offset_it_was_written_with()
    {
        var expected = new DateTimeOffset(2026, 12, 1, 9, 0, 0, China);

        Assert.Equal(expected, Parse(TimerKind.Date, "2026-12-01T09:00:00+08:00").FirstDue(Armed));
        Assert.Equal(expected, Parse(TimerKind.Date, "2026-12-01T01:00:00Z").FirstDue(Armed));
        Assert.Equal(expected, Parse(TimerKind.Date, "2026-12-01T02:00:00+0100").FirstDue(Armed));
        Assert.Equal(expected, Parse(TimerKind.Date, "2026-11-30T20:00-05").FirstDue(Armed));
        Assert.Equal(China, Parse(TimerKind.Date, "2026-12-01T01:00:00Z").FirstDue(Armed).Offset);
    }

    [Fact]
    public void A_date_without_an_offset_is_China_time()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, China), Parse(TimerKind.Date, "2026-12-01T09:00").FirstDue(Armed));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 30, 15, 500, China), Parse(TimerKind.Date, "2026-12-01T09:30:15.5").FirstDue(Armed));
    }

    [Fact]
    public void A_bare_date_means_midnight_at_the_start_of_that_day_in_China()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, China), Parse(TimerKind.Date, "2026-12-01").FirstDue(Armed));
    }

    [Fact]
    public void A_date_already_past_is_due_at_once_and_never_again()
    {
        var timer = Parse(TimerKind.Date, "2026-01-01T00:00:00+08:00");

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, China), timer.FirstDue(Armed));
        Assert.Null(timer.NextDue(timer.FirstDue(Armed), 1));
    }

    [Fact]
    public void A_counted_cycle_fires_every_interval_until_it_has_fired_that_many_times()
    {
        var timer = Parse(TimerKind.Cycle, "R3/PT1H");

        var first = timer.FirstDue(Armed);
        var second = timer.NextDue(first, 1);
        var third = timer.NextDue(second!.Value, 2);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 16, 20, 0, China), first);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 20, 0, China), second);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 18, 20, 0, China), third);
        Assert.Null(timer.NextDue(third!.Value, 3));
    }

    [Fact]
    public void An_unbounded_cycle_never_runs_out()
    {
        var timer = Parse(TimerKind.Cycle, "R/PT1H");
        var due = new DateTimeOffset(2026, 12, 1, 0, 0, 0, China);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, China), timer.NextDue(due, 100_000));
    }

    [Fact]
    public void A_cycle_with_a_start_is_first_due_at_the_start_and_then_every_interval()
    {
        var timer = Parse(TimerKind.Cycle, "R3/2026-12-01T09:00:00+08:00/P1D");

        var first = timer.FirstDue(Armed);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, China), first);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 9, 0, 0, China), timer.NextDue(first, 1));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, China), timer.NextDue(new DateTimeOffset(2026, 12, 2, 9, 0, 0, China), 2));
        Assert.Null(timer.NextDue(new DateTimeOffset(2026, 12, 3, 9, 0, 0, China), 3));
    }

    [Fact]
    public void A_monthly_cycle_adds_calendar_months()
    {
        var timer = Parse(TimerKind.Cycle, "R12/2026-01-15/P1M");

        Assert.Equal(new DateTimeOffset(2026, 2, 15, 0, 0, 0, China), timer.NextDue(timer.FirstDue(Armed), 1));
    }

    [Theory]
    [InlineData(TimerKind.Duration, "")]
    [InlineData(TimerKind.Date, "   ")]
    [InlineData(TimerKind.Cycle, "\n\t")]
    public void An_empty_expression_is_refused(TimerKind kind, string expression)
    {
        var (zh, en) = Refuse(kind, expression);

        Assert.Equal("计时器表达式为空", zh);
        Assert.Equal("The timer expression is empty", en);
    }

    [Theory]
    [InlineData(TimerKind.Duration, "${reminderDelay}")]
    [InlineData(TimerKind.Date, "#{dueDate}")]
    [InlineData(TimerKind.Cycle, "R3/${interval}")]
    public void A_timer_driven_by_a_variable_is_refused_as_not_supported_yet(TimerKind kind, string expression)
    {
        var (zh, en) = Refuse(kind, expression);

        Assert.Contains("暂不支持由变量决定的计时器", zh);
        Assert.Contains("variable-driven timers are not supported yet", en);
    }

    [Fact]
    public void Positions_in_a_duration_count_from_the_start_of_what_was_written()
    {
        var (zh, en) = Refuse(TimerKind.Duration, "  P1X");

        Assert.Contains("第 5 个字符", zh);
        Assert.Contains("Unknown designator 'X' at position 5", en);
    }

    [Theory]
    [InlineData("tomorrow", "应为4 位年份", "Expected a 4-digit year at position 1, found 't'")]
    [InlineData("2026/12/01", "应为年份之后的 '-'", "Expected '-' after the year at position 5, found '/'")]
    [InlineData("20261201T090000Z", "应为年份之后的 '-'", "Expected '-' after the year at position 5")]
    [InlineData("2026-13-01", "月份 13 不存在", "Month 13 does not exist")]
    [InlineData("2026-02-29", "2026-02 没有第 29 日", "2026-02 has no day 29")]
    [InlineData("2026-12-01 09:00", "要用 'T' 而不是空格", "must be separated by 'T', not a space")]
    [InlineData("2026-12-01T25:00", "时间 25:00:00 不存在", "Time 25:00:00 does not exist")]
    [InlineData("2026-12-01T09:60", "时间 09:60:00 不存在", "Time 09:60:00 does not exist")]
    [InlineData("2026-12-01T09", "提前结束，缺少小时之后的 ':'", "ends early at position 14; expected ':' after the hour")]
    [InlineData("2026-12-01T09:00+15:00", "时区偏移超出范围", "The offset at position 17 is out of range")]
    [InlineData("2026-12-01T09:00:00Zx", "第 21 个字符 'x'", "Unexpected character 'x' at position 21")]
    [InlineData("2026-12-01T09:00:00 CST", "第 20 个字符 ' '", "Unexpected character ' ' at position 20")]
    [InlineData("2026-12-01T09:00:00.", "小数点之后的数字", "digits after the decimal mark")]
    [InlineData("1800-01-01", "年份 1800 超出支持范围", "Year 1800 is outside the supported range")]
    public void Malformed_dates_are_refused_saying_what_is_wrong(string expression, string zh, string en)
    {
        var error = Refuse(TimerKind.Date, expression);

        Assert.Contains(zh, error.Zh);
        Assert.Contains(en, error.En);
    }

    [Theory]
    [InlineData("PT1H", "循环计时器必须以 'R' 开头", "A cycle must start with 'R'")]
    [InlineData("0 0 9 * * ?", "不支持 cron 表达式", "Cron expressions are not supported")]
    [InlineData("R5", "'R' 之后缺少 '/' 和间隔", "'/' and an interval are missing after 'R'")]
    [InlineData("R5/", "'/' 之后缺少间隔", "The interval after '/' is missing")]
    [InlineData("Rx/PT1H", "第 2 个字符 'x' 处应为重复次数或 '/'", "Expected a repetition count or '/' at position 2, found 'x'")]
    [InlineData("R0/PT1H", "R0 表示一次也不触发", "R0 would never fire")]
    [InlineData("R5/PT0S", "循环间隔必须大于零", "The cycle interval must be longer than zero")]
    [InlineData("R5/PT1X", "第 7 个字符处的 'X' 不是时长单位", "Unknown designator 'X' at position 7")]
    [InlineData("R2/PT1H/2026-12-01T00:00+08:00", "不支持“间隔/结束时间”形式的循环", "A cycle that ends at a date")]
    [InlineData("R2/2026-12-01T00:00+08:00/2026-12-02T00:00+08:00", "不支持用开始和结束两个时间表示间隔", "An interval given as two dates is not supported")]
    [InlineData("R3/2026-12-32T09:00/P1D", "2026-12 没有第 32 日", "2026-12 has no day 32")]
    [InlineData("R3/2026-12-01T09:00/P1D/P1D", "'/' 太多", "Too many '/'")]
    [InlineData("R1234567890/PT1H", "重复次数太大", "The repetition count is too large")]
    public void Malformed_cycles_are_refused_saying_what_is_wrong(string expression, string zh, string en)
    {
        var error = Refuse(TimerKind.Cycle, expression);

        Assert.Contains(zh, error.Zh);
        Assert.Contains(en, error.En);
    }
}
