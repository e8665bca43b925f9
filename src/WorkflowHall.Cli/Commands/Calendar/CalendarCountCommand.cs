using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Calendars;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Commands.Calendar;

/// <summary><c>calendar count FROM TO [--calendar DIR]</c>: the working days strictly after FROM up to and including TO.</summary>
internal sealed class CalendarCountCommand : ICliCommand
{
    public string Name => "calendar count";

    public IReadOnlyList<OptionSpec> Options { get; } = [OptionSpec.Single("calendar")];

    public IReadOnlyList<ArgumentSpec> Arguments { get; } = [new("FROM", "起始日期", "the start date"), new("TO", "截止日期", "the end date")];

    public Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var from = CalendarText.ParseDate(arguments.Positionals[0], "FROM", out var error);
        var to = error is null ? CalendarText.ParseDate(arguments.Positionals[1], "TO", out error) : null;
        var calendar = error is null ? CalendarLocator.Locate(arguments.Value("calendar"), context, out error) : null;
        if (error is not null) return Task.FromResult(CalendarCommands.Refuse(context, Name, error));

        var count = calendar!.Calendar.CountWorkingDays(CalendarText.Instant(from!.Value), CalendarText.Instant(to!.Value));
        context.Output.WriteLine($"{HallTime.FormatDate(from.Value)} → {HallTime.FormatDate(to.Value)}: {count} 个工作日 / working day{(count == 1 ? "" : "s")}" +
            (to.Value > from.Value ? "" : "（截止日不晚于起始日 / TO is not after FROM）"));
        context.Output.WriteLine("  不含起始日，含截止日 / FROM itself not counted, TO counted");
        if (to.Value > from.Value) CalendarText.WriteMissingYears(context.Output, CalendarText.MissingYears(calendar.Calendar, from.Value, to.Value));
        CalendarText.WriteCalendar(context.Output, calendar);
        return Task.FromResult(ExitCodes.Success);
    }
}
