using System.Globalization;
using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Calendars;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Commands.Calendar;

/// <summary>
/// <c>calendar add DATE N [--calendar DIR]</c>: when a limit of N working days counted from DATE runs
/// out — the end (23:59:59, China time) of the N-th working day after DATE, which itself is not counted.
/// </summary>
internal sealed class CalendarAddCommand : ICliCommand
{
    public const int MaxDays = 10_000;

    public string Name => "calendar add";

    public IReadOnlyList<OptionSpec> Options { get; } = [OptionSpec.Single("calendar")];

    public IReadOnlyList<ArgumentSpec> Arguments { get; } =
        [new("DATE", "起算日期", "the start date"), new("N", "工作日数", "the number of working days")];

    public Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var start = CalendarText.ParseDate(arguments.Positionals[0], "DATE", out var error);
        var days = int.TryParse(arguments.Positionals[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxDays ? n : -1;
        if (error is null && days < 0)
        {
            error = new CliError($"N \"{arguments.Positionals[1]}\" 应为 0 到 {MaxDays} 之间的整数", $"N \"{arguments.Positionals[1]}\" must be a whole number from 0 to {MaxDays}");
        }
        var calendar = error is null ? CalendarLocator.Locate(arguments.Value("calendar"), context, out error) : null;
        if (error is not null) return Task.FromResult(CalendarCommands.Refuse(context, Name, error));

        var due = calendar!.Calendar.AddWorkingDays(CalendarText.Instant(start!.Value), days);
        var dueDay = HallTime.DateOf(due.At);
        var text = HallTime.FormatDateTime(due.At) + (due.Provisional ? " 待确认 / to be confirmed" : "");
        context.Output.WriteLine($"{HallTime.FormatDate(start.Value)} + {days} 个工作日 / working day{(days == 1 ? "" : "s")} → {text}");
        context.Output.WriteLine($"  届满日 / last day: {CalendarText.DateWithWeekday(dueDay)}，起算日不计入 / the start day is not counted");
        if (due.Provisional) CalendarText.WriteMissingYears(context.Output, CalendarText.MissingYears(calendar.Calendar, start.Value, dueDay));
        CalendarText.WriteCalendar(context.Output, calendar);
        return Task.FromResult(ExitCodes.Success);
    }
}
