namespace WorkflowHall.Cli.Tests.Commands;

public sealed class CalendarCommandTests
{
    // Hand-counted from DOMAIN.md §9: the start day is not counted; a weekend day worked in lieu counts.
    [Theory]
    [InlineData("2026-09-30", 3, "2026-10-10")] // Oct 1–7 off; Thu 8, Fri 9, Sat 10 (worked in lieu of National Day)
    [InlineData("2026-09-24", 1, "2026-09-28")] // Fri 25 – Sun 27 off for Mid-Autumn: the next working day is Mon 28
    [InlineData("2026-09-18", 2, "2026-09-21")] // Sat 19 off, Sun 20 worked in lieu, Mon 21
    [InlineData("2026-02-13", 1, "2026-02-14")] // Sat 14 worked in lieu of the Spring Festival
    [InlineData("2026-02-13", 2, "2026-02-24")] // Sun 15 – Mon 23 off: Tue 24
    [InlineData("2026-04-03", 1, "2026-04-07")] // Qingming Sat 4 – Mon 6 off
    [InlineData("2026-04-30", 5, "2026-05-11")] // May 1–5 off; Wed 6, Thu 7, Fri 8, Sat 9 (in lieu), Mon 11
    [InlineData("2026-10-09", 0, "2026-10-09")] // N = 0 is the end of the start day
    [InlineData("2026-12-01", 20, "2026-12-29")] // no holiday in December: four weeks
    public async Task Add_gives_the_end_of_the_nth_working_day_after_the_date(string date, int days, string due)
    {
        var run = await CliRun.RunAsync("calendar", "add", date, days.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{date} + {days} 个工作日", run.Output);
        Assert.Contains($"→ {due} 23:59:59\n", run.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("待确认", run.Output);
    }

    [Fact]
    public async Task A_due_date_in_a_year_without_a_calendar_is_to_be_confirmed()
    {
        // Dec 28–31 and Fri 1 Jan 2027 counted with weekends only, then Mon 4 – Fri 8 Jan.
        var run = await CliRun.RunAsync("calendar", "add", "2026-12-25", "10");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("→ 2027-01-08 23:59:59 待确认 / to be confirmed", run.Output);
        Assert.Contains("no holiday calendar for 2027", run.Output);
    }

    [Fact]
    public async Task Without_a_calendar_folder_only_weekends_are_days_off()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunInAsync(folder.Path, "calendar", "add", "2026-09-30", "3");

        Assert.Contains("→ 2026-10-05 23:59:59 待确认 / to be confirmed", run.Output);
    }

    [Theory]
    [InlineData("2026-09-30", "2026-10-12", 4)] // Thu 8, Fri 9, Sat 10, Mon 12
    [InlineData("2026-09-30", "2026-10-07", 0)] // the whole National Day holiday
    [InlineData("2026-09-18", "2026-09-25", 5)] // Sun 20 (in lieu), Mon 21 – Thu 24; Fri 25 is Mid-Autumn
    [InlineData("2025-12-31", "2026-12-31", 248)] // the whole of 2026
    [InlineData("2026-10-12", "2026-10-12", 0)]
    public async Task Count_counts_working_days_after_the_first_date_up_to_the_second(string from, string to, int count)
    {
        var run = await CliRun.RunAsync("calendar", "count", from, to);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{from} → {to}: {count} 个工作日", run.Output);
    }

    [Fact]
    public async Task Count_says_when_it_crosses_into_a_year_without_a_calendar()
    {
        var run = await CliRun.RunAsync("calendar", "count", "2026-12-31", "2027-01-04");

        Assert.StartsWith("2026-12-31 → 2027-01-04: 2 个工作日", run.Output);
        Assert.Contains("2027 年的节假日日历未载入", run.Output);
    }

    [Fact]
    public async Task Show_lists_the_holidays_the_days_worked_in_lieu_and_the_working_days_of_each_month()
    {
        var run = await CliRun.RunAsync("calendar", "show", "2026");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("国庆节 / National Day: 2026-10-01（周四 / Thu） — 2026-10-07（周三 / Wed），7 天 / days", run.Output);
        Assert.Contains("春节 / Spring Festival: 2026-02-15（周日 / Sun） — 2026-02-23（周一 / Mon），9 天 / days", run.Output);
        Assert.Contains("2026-10-10（周六 / Sat） 国庆节调休", run.Output);
        Assert.Contains("2026-01-04（周日 / Sun） 元旦调休", run.Output);
        // January: 22 weekdays, less Thu 1 and Fri 2, plus Sun 4; October: 22 weekdays, less 5 off, plus Sat 10.
        Assert.Contains(" 1 月 / Jan: 21", run.Output);
        Assert.Contains("10 月 / Oct: 18", run.Output);
        Assert.Contains(" 2 月 / Feb: 16", run.Output);
        Assert.Contains("全年 / year: 248", run.Output);
    }

    [Fact]
    public async Task Show_of_a_year_not_loaded_says_so_and_exits_1()
    {
        var run = await CliRun.RunAsync("calendar", "show", "2027");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2027 年的节假日日历未载入 / the holiday calendar for 2027 is not loaded", run.Output);
        Assert.Contains("各月工作日 / working days by month（待确认 / to be confirmed）", run.Output);
        Assert.Contains(" 1 月 / Jan: 21", run.Output); // weekends only
    }

    [Theory]
    [InlineData("calendar")]
    [InlineData("calendar", "list")]
    [InlineData("calendar", "add", "2026-09-30")]
    [InlineData("calendar", "add", "2026-09-30", "three")]
    [InlineData("calendar", "add", "30/09/2026", "3")]
    [InlineData("calendar", "count", "2026-09-30", "2026-10-12", "2026-10-13")]
    [InlineData("calendar", "show", "26")]
    [InlineData("calendar", "show", "2026", "--calendar", "no-such-folder")]
    public async Task A_wrong_calendar_command_line_exits_2(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("workflowhall calendar", run.Error);
    }
}
