using System.Globalization;
using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Calendars;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Commands.Calendar;

/// <summary>
/// <c>calendar show YEAR [--calendar DIR]</c>: the year's days off and extra working days, and its
/// working days month by month. A year whose calendar is not loaded is counted with weekends only,
/// says so, and exits 1.
/// </summary>
internal sealed class CalendarShowCommand : ICliCommand
{
    public string Name => "calendar show";

    public IReadOnlyList<OptionSpec> Options { get; } = [OptionSpec.Single("calendar")];

    public IReadOnlyList<ArgumentSpec> Arguments { get; } = [new("YEAR", "年份", "the year")];

    public Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        CliError? error = null;
        if (!int.TryParse(arguments.Positionals[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 9998)
        {
            error = new CliError($"YEAR \"{arguments.Positionals[0]}\" 应为 1900 到 9998 之间的年份", $"YEAR \"{arguments.Positionals[0]}\" must be a year from 1900 to 9998");
        }
        var located = error is null ? CalendarLocator.Locate(arguments.Value("calendar"), context, out error) : null;
        if (error is not null) return Task.FromResult(CalendarCommands.Refuse(context, Name, error));

        var output = context.Output;
        var calendar = located!.Calendar;
        var arrangement = calendar.Arrangement(year);
        if (arrangement is null)
        {
            output.WriteLine($"{year} 年的节假日日历未载入 / the holiday calendar for {year} is not loaded");
            CalendarText.WriteCalendar(output, located);
            output.WriteLine("  以下仅按周末计算，待确认 / counted below with weekends only, to be confirmed");
        }
        else
        {
            output.WriteLine($"{year} 年节假日安排 / holiday arrangement for {year}");
            output.WriteLine($"  依据 / source: {arrangement.Source}");
            CalendarText.WriteCalendar(output, located);
            WriteDaysOff(output, arrangement);
            output.WriteLine("调休上班 / extra working days:");
            if (arrangement.ExtraWorkingDays.IsEmpty) output.WriteLine("  无 / none");
            foreach (var day in arrangement.ExtraWorkingDays)
            {
                output.WriteLine($"  {CalendarText.DateWithWeekday(day.Date)} {day.Name}{(day.NameEn is null ? "" : " / " + day.NameEn)}");
            }
        }
        WriteMonths(output, calendar, year, arrangement is null);
        return Task.FromResult(arrangement is null ? ExitCodes.Problems : ExitCodes.Success);
    }

    /// <summary>Consecutive days off of one holiday, written as one range.</summary>
    private static void WriteDaysOff(TextWriter output, HolidayArrangement arrangement)
    {
        output.WriteLine("放假 / days off:");
        if (arrangement.DaysOff.IsEmpty) output.WriteLine("  无 / none");
        var runs = new List<List<CalendarDay>>();
        foreach (var day in arrangement.DaysOff)
        {
            if (runs.Count > 0 && runs[^1][^1].Date.AddDays(1) == day.Date && runs[^1][^1].Name == day.Name) runs[^1].Add(day);
            else runs.Add([day]);
        }
        foreach (var run in runs)
        {
            var (first, last) = (run[0], run[^1]);
            var span = run.Count == 1 ? CalendarText.DateWithWeekday(first.Date) : $"{CalendarText.DateWithWeekday(first.Date)} — {CalendarText.DateWithWeekday(last.Date)}";
            output.WriteLine($"  {first.Name}{(first.NameEn is null ? "" : " / " + first.NameEn)}: {span}，{run.Count} 天 / day{(run.Count == 1 ? "" : "s")}");
        }
    }

    private static void WriteMonths(TextWriter output, WorkingDayCalendar calendar, int year, bool provisional)
    {
        output.WriteLine($"各月工作日 / working days by month{(provisional ? "（待确认 / to be confirmed）" : "")}:");
        var total = 0;
        for (var month = 1; month <= 12; month++)
        {
            var days = Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Count(d => calendar.IsWorkingDay(new DateOnly(year, month, d)));
            total += days;
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);
            output.WriteLine($"  {month,2} 月 / {name}: {days,2}");
        }
        output.WriteLine($"  全年 / year: {total}");
    }
}
