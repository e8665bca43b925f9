using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Tests.Time;

public class WorkingDayCalendarTests
{
    private static readonly TimeSpan China = HallTime.Offset;
    private static readonly WorkingDayCalendar Calendar = RepositoryCalendars.China;

    [Fact]
    public void The_shipped_2026_calendar_loads_with_its_source_and_holiday_names()
    {
        var year = Calendar.Year(2026)!;

        Assert.True(Calendar.HasYear(2026));
        Assert.Contains(2026, Calendar.LoadedYears);
        Assert.False(Calendar.HasYear(2027));
        Assert.Contains("国务院办公厅", year.Source);
        Assert.Contains("2025-11-04", year.Source);
        Assert.Equal(3 + 9 + 3 + 5 + 3 + 3 + 7, year.DaysOff.Count);
        Assert.Equal(6, year.ExtraWorkingDays.Count);
        Assert.Equal(("国庆节", "National Day"), (year.DaysOff[new DateOnly(2026, 10, 3)].Name, year.DaysOff[new DateOnly(2026, 10, 3)].NameEn));
        Assert.Equal("春节", year.DaysOff[new DateOnly(2026, 2, 23)].Name);
    }

    [Fact]
    public void A_loaded_years_arrangement_lists_its_days_off_and_days_worked_in_lieu_in_date_order()
    {
        var arrangement = Calendar.Arrangement(2026)!;

        Assert.Contains("国务院办公厅", arrangement.Source);
        Assert.Equal(33, arrangement.DaysOff.Length);
        Assert.Equal(new CalendarDay(new DateOnly(2026, 1, 1), "元旦", "New Year's Day"), arrangement.DaysOff[0]);
        Assert.Equal(new DateOnly(2026, 10, 7), arrangement.DaysOff[^1].Date);
        Assert.Equal([1, 4, 2, 14, 2, 28, 5, 9, 9, 20, 10, 10], arrangement.ExtraWorkingDays.SelectMany(d => new[] { d.Date.Month, d.Date.Day }));
        Assert.Null(Calendar.Arrangement(2027));
    }

    [Theory]
    [InlineData("2026-01-01", false)] // 元旦, Thursday
    [InlineData("2026-01-04", true)]  // Sunday worked in lieu
    [InlineData("2026-02-14", true)]  // Saturday worked in lieu
    [InlineData("2026-02-23", false)] // 春节, Monday
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]  // Saturday worked in lieu
    [InlineData("2026-04-06", false)] // 清明节, Monday
    [InlineData("2026-05-05", false)] // 劳动节, Tuesday
    [InlineData("2026-05-09", true)]  // Saturday worked in lieu
    [InlineData("2026-06-19", false)] // 端午节, Friday
    [InlineData("2026-09-20", true)]  // Sunday worked in lieu
    [InlineData("2026-09-25", false)] // 中秋节, Friday
    [InlineData("2026-10-07", false)] // 国庆节, Wednesday
    [InlineData("2026-10-10", true)]  // Saturday worked in lieu
    [InlineData("2026-03-07", false)] // ordinary Saturday
    [InlineData("2026-03-09", true)]  // ordinary Monday
    public void Working_days_in_2026_follow_the_State_Council_notice(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date)));
    }

    [Fact]
    public void A_year_not_loaded_counts_weekends_only()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2027, 1, 1))); // a Friday; the 2027 notice is not loaded
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2027, 1, 2)));
        Assert.True(WorkingDayCalendar.WeekendsOnly.IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.Empty(WorkingDayCalendar.WeekendsOnly.LoadedYears);
    }

    [Fact]
    public void Working_days_are_counted_after_the_first_day_up_to_and_including_the_last()
    {
        var from = new DateTimeOffset(2026, 9, 30, 9, 0, 0, China);

        Assert.Equal(3, Calendar.CountWorkingDays(from, new DateTimeOffset(2026, 10, 10, 9, 0, 0, China))); // Oct 8, 9, 10
        Assert.Equal(2, Calendar.CountWorkingDays(from, new DateTimeOffset(2026, 10, 9, 0, 0, 1, China)));
        Assert.Equal(0, Calendar.CountWorkingDays(from, new DateTimeOffset(2026, 10, 7, 23, 0, 0, China)));
        Assert.Equal(0, Calendar.CountWorkingDays(from, from.AddHours(10)));
        Assert.Equal(0, Calendar.CountWorkingDays(from, from.AddDays(-3)));
    }

    [Fact]
    public void Days_are_China_dates_even_for_instants_given_in_UTC()
    {
        var lateOnNewYearsEveUtc = new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero); // 2027-01-01 01:00 in China

        var due = Calendar.AddWorkingDays(lateOnNewYearsEveUtc, 1);

        Assert.Equal(new DateTimeOffset(2027, 1, 4, 23, 59, 59, China), due.At); // Friday 1 January is the start day, Monday the 4th the first working day
        Assert.True(due.Provisional);
        Assert.Equal(0, Calendar.CountWorkingDays(new DateTimeOffset(2026, 12, 31, 15, 0, 0, China), new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero)));
        Assert.Equal(1, Calendar.CountWorkingDays(new DateTimeOffset(2026, 12, 31, 15, 0, 0, China), lateOnNewYearsEveUtc));
    }

    [Fact]
    public void Adding_working_days_ends_with_the_last_counted_day_in_China()
    {
        var due = Calendar.AddWorkingDays(new DateTimeOffset(2026, 4, 30, 10, 0, 0, China), 5);

        Assert.Equal(new DateTimeOffset(2026, 5, 11, 23, 59, 59, China), due.At);
        Assert.Equal(China, due.At.Offset);
        Assert.False(due.Provisional);
    }

    [Fact]
    public void A_directory_of_calendars_loads_each_year_once()
    {
        var folder = Directory.CreateTempSubdirectory("calendars-");
        try
        {
            File.Copy(Path.Combine(RepositoryCalendars.Folder, "2026.json"), Path.Combine(folder.FullName, "2026.json"));
            File.WriteAllText(Path.Combine(folder.FullName, "README.md"), "not a calendar");

            var calendar = WorkingDayCalendar.LoadDirectory(folder.FullName);

            Assert.Equal(new[] { 2026 }, calendar.LoadedYears);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Calendars_load_from_streams_and_texts_alike()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryCalendars.Folder, "2026.json"));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.False(WorkingDayCalendar.Load([stream]).IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.False(WorkingDayCalendar.Load([json]).IsWorkingDay(new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public void A_file_that_is_not_JSON_is_refused_with_its_name()
    {
        var error = Assert.Throws<CalendarFormatException>(() => WorkingDayCalendar.Load(["{ \"year\": 2026, "]));

        Assert.Equal("JSON #1", error.FileName);
        Assert.Contains("不是有效的 JSON", error.MessageZh);
        Assert.Contains("Calendar file JSON #1: not valid JSON", error.MessageEn);
    }

    [Theory]
    [InlineData("""{"source":"s","daysOff":[],"extraWorkingDays":[]}""", null, "缺少字段 \"year\"", "the field \"year\" is missing")]
    [InlineData("""{"year":"2026","source":"s","daysOff":[],"extraWorkingDays":[]}""", null, "\"year\" 应是", "\"year\" must be a whole number")]
    [InlineData("""{"year":2026,"daysOff":[],"extraWorkingDays":[]}""", null, "缺少字段 \"source\"", "the field \"source\" is missing")]
    [InlineData("""{"year":2026,"source":"s","dayOff":[],"extraWorkingDays":[]}""", null, "未知字段 \"dayOff\"", "unknown field \"dayOff\"")]
    [InlineData("""{"year":2026,"source":"s","daysOff":{},"extraWorkingDays":[]}""", null, "\"daysOff\" 应是数组", "\"daysOff\" must be an array")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[{"from":"2027-01-01","to":"2027-01-01","name":"元旦"}],"extraWorkingDays":[]}""",
        "daysOff[0] (元旦)", "日期 2027-01-01 不在本文件的年份 2026 内", "the date 2027-01-01 is not in the file's year 2026")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[{"from":"2026-10-01","to":"2026-10-07","name":"国庆节"},{"from":"2026-10-06","to":"2026-10-08","name":"重阳"}],"extraWorkingDays":[]}""",
        "daysOff[1] (重阳)", "与 daysOff[0] (国庆节) 重叠（2026-10-06）", "overlaps daysOff[0] (国庆节) on 2026-10-06")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[{"from":"2026-10-07","to":"2026-10-01","name":"国庆节"}],"extraWorkingDays":[]}""",
        "daysOff[0] (国庆节)", "\"to\"（2026-10-01）早于 \"from\"（2026-10-07）", "\"to\" (2026-10-01) is before \"from\" (2026-10-07)")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[{"from":"2026-10-01","to":"2026-10-07","name":"国庆节","days":7}],"extraWorkingDays":[]}""",
        "daysOff[0] (国庆节)", "未知字段 \"days\"", "unknown field \"days\"")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[{"from":"2026-10-01","to":"2026-10-07"}],"extraWorkingDays":[]}""",
        "daysOff[0]", "缺少字段 \"name\"", "the field \"name\" is missing")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[{"from":"2026-10-1","to":"2026-10-07","name":"国庆节"}],"extraWorkingDays":[]}""",
        "daysOff[0] (国庆节)", "\"from\" 应是 yyyy-MM-dd 格式的日期", "\"from\" must be a date as yyyy-MM-dd, not \"2026-10-1\"")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[],"extraWorkingDays":[{"date":"2026-10-12","name":"调休"}]}""",
        "extraWorkingDays[0] (调休)", "2026-10-12 是周一，本来就是工作日", "2026-10-12 is a Monday, already a working day")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[{"from":"2026-10-01","to":"2026-10-11","name":"国庆节"}],"extraWorkingDays":[{"date":"2026-10-10","name":"国庆节调休"}]}""",
        "extraWorkingDays[0] (国庆节调休)", "2026-10-10 同时是 daysOff[0] (国庆节) 中的休息日", "2026-10-10 is also a day off in daysOff[0] (国庆节)")]
    [InlineData("""{"year":2026,"source":"s","daysOff":[],"extraWorkingDays":[{"date":"2026-10-10","name":"a"},{"date":"2026-10-10","name":"b"}]}""",
        "extraWorkingDays[1] (b)", "2026-10-10 已在 extraWorkingDays[0] (a) 中列出", "2026-10-10 is already listed in extraWorkingDays[0] (a)")]
    public void A_malformed_calendar_is_refused_naming_the_file_and_the_entry(string json, string? entry, string zh, string en)
    {
        var error = Assert.Throws<CalendarFormatException>(() => WorkingDayCalendar.Load([json]));

        Assert.Equal(entry, error.Entry);
        Assert.Contains(zh, error.MessageZh);
        Assert.Contains(en, error.MessageEn);
        Assert.StartsWith("日历文件 JSON #1", error.MessageZh);
        Assert.StartsWith("Calendar file JSON #1", error.MessageEn);
    }

    [Fact]
    public void The_same_year_from_two_files_is_refused()
    {
        const string json = """{"year":2026,"source":"s","daysOff":[],"extraWorkingDays":[]}""";

        var error = Assert.Throws<CalendarFormatException>(() => WorkingDayCalendar.Load([json, json]));

        Assert.Equal("JSON #2", error.FileName);
        Assert.Contains("already loaded from JSON #1", error.MessageEn);
    }

    [Fact]
    public void A_file_named_for_one_year_but_holding_another_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("calendars-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "2027.json"), """{"year":2026,"source":"s","daysOff":[],"extraWorkingDays":[]}""");

            var error = Assert.Throws<CalendarFormatException>(() => WorkingDayCalendar.LoadDirectory(folder.FullName));

            Assert.Equal("2027.json", error.FileName);
            Assert.Contains("the file name says 2027 but \"year\" is 2026", error.MessageEn);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
