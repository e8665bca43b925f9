using System.Collections.Frozen;

namespace WorkflowHall.Engine.Time;

/// <summary>
/// Which days are working days (行政许可法 第82条: time limits count working days, statutory
/// holidays excluded). A working day is Monday–Friday that is not a day off, plus every weekend day
/// worked in lieu (调休上班). Days are China dates: an instant is taken at +08:00 to find its day.
/// </summary>
/// <remarks>
/// Years come from the State Council's yearly notice, one JSON file a year (format in
/// <c>workflows/calendars/README.md</c>). A year not loaded counts weekends only, and anything
/// counted through it is <see cref="DueDate.Provisional"/> until the year is loaded. Immutable:
/// loading a new year means building a new calendar — except the one calendar a running hall makes
/// with <see cref="Replaceable"/>: its services hold it for their lifetime, so an administrator's
/// edit of a year reaches them by <see cref="ReplaceYears"/> on that instance. Each count reads one
/// consistent set of years.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private volatile LoadedSet loaded;
    private readonly bool replaceable;

    private WorkingDayCalendar(IEnumerable<CalendarYear> years)
        : this(new LoadedSet(years.ToFrozenDictionary(year => year.Year)), replaceable: false)
    {
    }

    private WorkingDayCalendar(LoadedSet loaded, bool replaceable)
    {
        this.loaded = loaded;
        this.replaceable = replaceable;
    }

    private FrozenDictionary<int, CalendarYear> Years => loaded.Years;

    /// <summary>
    /// A calendar counting by <paramref name="initial"/>'s years whose years <see cref="ReplaceYears"/>
    /// can later change: the running hall's one calendar, which its administrators edit.
    /// </summary>
    public static WorkingDayCalendar Replaceable(WorkingDayCalendar initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        return new WorkingDayCalendar(initial.loaded, replaceable: true);
    }

    public bool IsReplaceable => replaceable;

    /// <summary>From now on count by <paramref name="source"/>'s years (only a <see cref="Replaceable"/> calendar).</summary>
    public void ReplaceYears(WorkingDayCalendar source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!replaceable) throw new InvalidOperationException("Only a calendar made by WorkingDayCalendar.Replaceable can have its years replaced.");
        loaded = source.loaded;
    }

    /// <summary>No holiday calendar at all: Monday–Friday are working days, and every result is provisional.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new([]);

    /// <summary>The years whose holiday arrangement is loaded, in order.</summary>
    public IReadOnlyList<int> LoadedYears => loaded.Order;

    public bool HasYear(int year) => Years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly date) => IsWorkingDay(Years, date);

    private static bool IsWorkingDay(FrozenDictionary<int, CalendarYear> years, DateOnly date) => years.TryGetValue(date.Year, out var year)
        ? year.IsWorkingDay(date)
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// Working days strictly after <paramref name="from"/>'s day up to and including
    /// <paramref name="to"/>'s day (China dates); 0 when <paramref name="to"/> is not after <paramref name="from"/>.
    /// </summary>
    public int CountWorkingDays(DateTimeOffset from, DateTimeOffset to) => CountWorkingDays(from, to, out _);

    /// <summary>
    /// The end (23:59:59 +08:00) of the <paramref name="n"/>-th working day after
    /// <paramref name="start"/>'s day, which itself is not counted (期间开始的日不计入); n = 0 is the end
    /// of the start day.
    /// </summary>
    public DueDate AddWorkingDays(DateTimeOffset start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var set = Years;
        var day = HallTime.DateOf(start);
        var provisional = false;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            provisional |= !set.ContainsKey(day.Year);
            if (IsWorkingDay(set, day))
            {
                counted++;
            }
        }

        return new DueDate(HallTime.EndOfDay(day), provisional);
    }

    /// <summary>Loads calendar years from JSON texts; each must be a different year.</summary>
    public static WorkingDayCalendar Load(IEnumerable<string> jsonTexts)
    {
        ArgumentNullException.ThrowIfNull(jsonTexts);
        return Combine(jsonTexts.Select((json, i) => CalendarFileReader.Read(json, $"JSON #{i + 1}")));
    }

    /// <summary>Loads calendar years from JSON streams (a file stream is named by its file in messages).</summary>
    public static WorkingDayCalendar Load(IEnumerable<Stream> jsonStreams)
    {
        ArgumentNullException.ThrowIfNull(jsonStreams);
        return Combine(jsonStreams.Select((stream, i) =>
            CalendarFileReader.Read(stream, stream is FileStream file ? Path.GetFileName(file.Name) : $"stream #{i + 1}")));
    }

    /// <summary>Loads every <c>*.json</c> file in a folder such as <c>workflows/calendars</c>.</summary>
    public static WorkingDayCalendar LoadDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Combine(Directory.EnumerateFiles(path, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => CalendarFileReader.Read(File.ReadAllText(file), Path.GetFileName(file))));
    }

    internal CalendarYear? Year(int year) => Years.GetValueOrDefault(year);

    /// <summary>The days off and extra working days of a loaded year; null when the year is not loaded.</summary>
    public HolidayArrangement? Arrangement(int year) => Years.GetValueOrDefault(year) is not { } found ? null
        : new HolidayArrangement(year, found.Source, Days(found.DaysOff), Days(found.ExtraWorkingDays));

    private static System.Collections.Immutable.ImmutableArray<CalendarDay> Days(FrozenDictionary<DateOnly, CalendarDayNote> days) =>
        [.. days.OrderBy(d => d.Key).Select(d => new CalendarDay(d.Key, d.Value.Name, d.Value.NameEn))];

    internal int CountWorkingDays(DateTimeOffset from, DateTimeOffset to, out bool provisional)
    {
        provisional = false;
        if (to <= from)
        {
            return 0;
        }

        var set = Years;
        var count = 0;
        var last = HallTime.DateOf(to);
        for (var day = HallTime.DateOf(from).AddDays(1); day <= last; day = day.AddDays(1))
        {
            provisional |= !set.ContainsKey(day.Year);
            if (IsWorkingDay(set, day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The day itself if it is a working day, else the first working day after it.</summary>
    internal DateOnly FirstWorkingDayFrom(DateOnly day, ref bool provisional)
    {
        var set = Years;
        provisional |= !set.ContainsKey(day.Year);
        while (!IsWorkingDay(set, day))
        {
            day = day.AddDays(1);
            provisional |= !set.ContainsKey(day.Year);
        }

        return day;
    }

    private static WorkingDayCalendar Combine(IEnumerable<CalendarYear> loaded)
    {
        var byYear = new Dictionary<int, CalendarYear>();
        foreach (var year in loaded)
        {
            if (byYear.TryGetValue(year.Year, out var earlier))
            {
                throw new CalendarFormatException(year.FileName, null,
                    $"{year.Year} 年已由 {earlier.FileName} 载入，同一年只能有一个文件",
                    $"the year {year.Year} is already loaded from {earlier.FileName}; each year must come from one file");
            }

            byYear.Add(year.Year, year);
        }

        return new WorkingDayCalendar(byYear.Values);
    }

    /// <summary>The loaded years, swapped whole so that a reader never sees half of a change.</summary>
    private sealed class LoadedSet(FrozenDictionary<int, CalendarYear> years)
    {
        public FrozenDictionary<int, CalendarYear> Years { get; } = years;
        public IReadOnlyList<int> Order { get; } = [.. years.Keys.Order()];
    }
}
