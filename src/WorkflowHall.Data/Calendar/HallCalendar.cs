using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Calendar;

/// <summary>
/// The running hall's working-day calendar: the year files of the workflows folder, each replaced by the
/// year an administrator saved in the database (<c>calendar_years</c>). Every service holds the one
/// <see cref="WorkingDayCalendar"/> for its lifetime, so a change reaches them by replacing that
/// calendar's years (<see cref="WorkingDayCalendar.ReplaceYears"/>): at once on the node that saved it,
/// and on the others when they next <see cref="RefreshAsync"/> (every <see cref="RefreshInterval"/>).
/// </summary>
public sealed class HallCalendar
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private readonly IDbContextFactory<HallDbContext> _contexts;
    private readonly WorkingDayCalendar _calendar;
    private readonly TimeProvider _clock;
    /// <summary>The years of the files, as loaded at start, before any edit replaced them.</summary>
    private readonly IReadOnlyDictionary<int, string> _files;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<int, int> _applied = new Dictionary<int, int>();

    public HallCalendar(IDbContextFactory<HallDbContext> contexts, WorkingDayCalendar calendar, TimeProvider clock)
    {
        if (!calendar.IsReplaceable)
        {
            throw new InvalidOperationException("The hall's calendar must be made with WorkingDayCalendar.Replaceable for administrators' edits to reach it.");
        }
        _contexts = contexts;
        _calendar = calendar;
        _clock = clock;
        _files = calendar.LoadedYears.ToDictionary(year => year, year => CalendarYearJson.Write(calendar.Arrangement(year)!));
    }

    public WorkingDayCalendar Calendar => _calendar;

    /// <summary>The year as the database has it now (this node's calendar brought up to date first).</summary>
    public async Task<CalendarYearState> YearAsync(int year, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.CalendarYears.AsNoTracking().Where(y => y.Year == year)
            .Select(y => new { y.Revision, y.SavedAt, y.SavedBy }).SingleOrDefaultAsync(cancellationToken);
        return new CalendarYearState(year, _calendar.Arrangement(year), _files.ContainsKey(year), saved?.Revision ?? 0, saved?.SavedAt, saved?.SavedBy);
    }

    /// <summary>Starts a year no file gives (the State Council's notice for next year is out): no holidays yet, its source named.</summary>
    public Task<HallResult<int>> CreateYearAsync(int year, string source, string actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return Task.FromResult<HallResult<int>>(new HallError("calendar.source", "请填写依据（国务院办公厅的通知及其日期）", "Give the source (the State Council notice and its date)") { Target = "source" });
        }
        return ChangeAsync(year, 0, actor, "calendar.create-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), source,
            current => current is not null
                ? new HallError("calendar.year-exists", $"{year} 年的日历已经载入", $"The calendar for {year} is already loaded")
                : new HolidayArrangement(year, source.Trim(), [], []),
            cancellationToken);
    }

    /// <summary>Adds a day off or an extra working day to a loaded year.</summary>
    public Task<HallResult<int>> AddDayAsync(int year, CalendarDayChange change, string actor, int expectedRevision, CancellationToken cancellationToken = default)
    {
        var date = change.Date;
        var subject = HallTime.FormatDate(date);
        return ChangeAsync(year, expectedRevision, actor, "calendar.add-day", subject, $"{change.Kind}: {change.Name}", current =>
        {
            if (current is null) return NotLoaded(year);
            if (date.Year != year) return new HallError("calendar.other-year", $"{subject} 不在 {year} 年内", $"{subject} is not in {year}") { Target = "date" };
            if (string.IsNullOrWhiteSpace(change.Name)) return new HallError("calendar.name", "请填写名称（如“国庆节”“国庆节调休”）", "Give a name (such as 国庆节 or 国庆节调休)") { Target = "name" };
            if (current.DaysOff.Concat(current.ExtraWorkingDays).FirstOrDefault(d => d.Date == date) is { } listed)
            {
                return new HallError("calendar.listed", $"{subject} 已列为“{listed.Name}”，请先删除", $"{subject} is already listed as “{listed.Name}”; remove it first") { Target = "date" };
            }
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var day = new CalendarDay(date, change.Name.Trim(), string.IsNullOrWhiteSpace(change.NameEn) ? null : change.NameEn.Trim());
            return change.Kind switch
            {
                CalendarDayKind.ExtraWorkingDay when !weekend => new HallError("calendar.not-weekend",
                    $"{subject} 是工作日；调休上班日只能是周六或周日", $"{subject} is a weekday and already a working day; an extra working day must be a Saturday or Sunday") { Target = "date" },
                CalendarDayKind.ExtraWorkingDay => current with { ExtraWorkingDays = [.. current.ExtraWorkingDays.Append(day).OrderBy(d => d.Date)] },
                _ => current with { DaysOff = [.. current.DaysOff.Append(day).OrderBy(d => d.Date)] },
            };
        }, cancellationToken);
    }

    /// <summary>Takes a day out of a year's days off or extra working days.</summary>
    public Task<HallResult<int>> RemoveDayAsync(int year, DateOnly date, string actor, int expectedRevision, CancellationToken cancellationToken = default) =>
        ChangeAsync(year, expectedRevision, actor, "calendar.remove-day", HallTime.FormatDate(date), null, current =>
        {
            if (current is null) return NotLoaded(year);
            if (!current.DaysOff.Concat(current.ExtraWorkingDays).Any(d => d.Date == date))
            {
                return new HallError("calendar.not-listed", $"{HallTime.FormatDate(date)} 不在 {year} 年的节假日安排中", $"{HallTime.FormatDate(date)} is not in the holiday arrangement for {year}") { Target = "date" };
            }
            return current with
            {
                DaysOff = [.. current.DaysOff.Where(d => d.Date != date)],
                ExtraWorkingDays = [.. current.ExtraWorkingDays.Where(d => d.Date != date)],
            };
        }, cancellationToken);

    /// <summary>
    /// Brings this node's calendar up to the database: when any saved year changed since the last look,
    /// rebuilds the years (files, then saved years over them) and replaces the running calendar's. True when it did.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            var revisions = await db.CalendarYears.AsNoTracking().Select(y => new { y.Year, y.Revision }).ToDictionaryAsync(y => y.Year, y => y.Revision, cancellationToken);
            if (revisions.Count == _applied.Count && revisions.All(r => _applied.TryGetValue(r.Key, out var applied) && applied == r.Value)) return false;

            var saved = await db.CalendarYears.AsNoTracking().ToDictionaryAsync(y => y.Year, y => y.Json, cancellationToken);
            var texts = new Dictionary<int, string>(_files);
            foreach (var (year, json) in saved) texts[year] = json;
            _calendar.ReplaceYears(WorkingDayCalendar.Load(texts.OrderBy(t => t.Key).Select(t => t.Value)));
            _applied = revisions;
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the year as saved (or its file), applies the change, checks the result as a calendar file is checked, and saves it if nobody saved the year meanwhile.</summary>
    private async Task<HallResult<int>> ChangeAsync(int year, int expectedRevision, string actor, string action, string subject, string? detail,
        Func<HolidayArrangement?, HallResult<HolidayArrangement>> change, CancellationToken cancellationToken)
    {
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            var record = await db.CalendarYears.FindAsync([year], cancellationToken);
            if ((record?.Revision ?? 0) != expectedRevision) return Stale(year);

            var current = record is not null ? Arrangement(record.Json) : _files.TryGetValue(year, out var file) ? Arrangement(file) : null;
            var changed = change(current);
            if (!changed.Succeeded) return changed.Error!;
            var json = CalendarYearJson.Write(changed.Value!);
            try
            {
                WorkingDayCalendar.Load([json]);
            }
            catch (CalendarFormatException e)
            {
                return new HallError("calendar.invalid", e.MessageZh, e.MessageEn);
            }

            var now = _clock.GetUtcNow().UtcDateTime;
            if (record is null)
            {
                record = new CalendarYearRecord { Year = year, Json = json, Revision = 1, SavedAt = now, SavedBy = actor };
                db.CalendarYears.Add(record);
            }
            else
            {
                record.Json = json;
                record.Revision++;
                record.SavedAt = now;
                record.SavedBy = actor;
            }
            db.AuditRecords.Add(new AuditRecord { At = now, Actor = actor, Action = action, Subject = subject, Detail = detail });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || HallDatabase.IsUniqueViolation(e))
            {
                return Stale(year);
            }
            expectedRevision = record.Revision;
        }
        await RefreshAsync(cancellationToken);
        return expectedRevision;
    }

    private static HolidayArrangement Arrangement(string json)
    {
        var loaded = WorkingDayCalendar.Load([json]);
        return loaded.Arrangement(loaded.LoadedYears[0])!;
    }

    private static HallError NotLoaded(int year) =>
        new("calendar.not-loaded", $"{year} 年的日历尚未载入，请先按国务院办公厅的通知建立该年", $"The calendar for {year} is not loaded; start the year from the State Council notice first");

    private static HallError Stale(int year) =>
        new("calendar.conflict", $"{year} 年的日历刚被他人修改，请查看最新内容后重试", $"The calendar for {year} was just changed by someone else; look at it again and retry");

}
