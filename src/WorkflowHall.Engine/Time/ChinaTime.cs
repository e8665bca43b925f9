namespace WorkflowHall.Engine.Time;

/// <summary>
/// The halls work in China Standard Time, a fixed +08:00 with no daylight saving, so "which day is
/// it" and "end of that day" are always answered at +08:00 whatever offset an instant arrives with.
/// </summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChina(instant).DateTime);

    public static DateTimeOffset StartOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>23:59:59 of the day at +08:00: a time limit "ends with the day" (期间届满之日).</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => new(date.ToDateTime(new TimeOnly(23, 59, 59)), Offset);
}
