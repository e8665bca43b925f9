using System.Globalization;
using System.Text;

namespace WorkflowHall.Engine.Time;

/// <summary>
/// An ISO 8601 duration <c>PnYnMnWnDTnHnMnS</c> (for example <c>PT2H</c>, <c>P3D</c>, <c>P1W</c>,
/// <c>PT0.5H</c>, <c>P1Y2M10DT2H30M</c>).
/// </summary>
/// <remarks>
/// Only the last (smallest) part may carry a fraction, and never years or months, whose length
/// varies. Durations are not negative and at most about 1000 years long.
/// </remarks>
public readonly record struct IsoDuration
{
    internal IsoDuration(int years, int months, decimal weeks, decimal days, decimal hours, decimal minutes, decimal seconds)
    {
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    public int Years { get; }
    public int Months { get; }
    public decimal Weeks { get; }
    public decimal Days { get; }
    public decimal Hours { get; }
    public decimal Minutes { get; }
    public decimal Seconds { get; }

    public bool IsZero => this == default;

    /// <summary>Parses an ISO 8601 duration. Throws <see cref="FormatException"/> whose message is "中文 / English".</summary>
    public static IsoDuration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var duration, out var errorZh, out var errorEn)
            ? duration
            : throw new FormatException($"{errorZh} / {errorEn}");
    }

    public static bool TryParse(string? text, out IsoDuration duration) => TryParse(text, out duration, out _, out _);

    /// <summary>Parses an ISO 8601 duration; on failure returns false and says what is wrong, in Chinese and English.</summary>
    public static bool TryParse(string? text, out IsoDuration duration, out string? errorZh, out string? errorEn)
    {
        var error = IsoDurationParser.Parse(text ?? "", 0, out duration);
        errorZh = error?.Zh;
        errorEn = error?.En;
        return error is null;
    }

    /// <summary>
    /// Adds the duration calendar-wise in China time (+08:00): years and months first as whole
    /// months (P1M from 31 January lands on the last day of February), then days and time.
    /// The result is at +08:00.
    /// </summary>
    public DateTimeOffset AddTo(DateTimeOffset instant)
    {
        var result = HallTime.At(instant).AddMonths(Years * 12 + Months);
        var days = Weeks * 7 + Days;
        var wholeDays = decimal.Truncate(days);
        var ticks = (days - wholeDays) * TimeSpan.TicksPerDay
            + Hours * TimeSpan.TicksPerHour
            + Minutes * TimeSpan.TicksPerMinute
            + Seconds * TimeSpan.TicksPerSecond;
        return result.AddDays((int)wholeDays).AddTicks((long)decimal.Round(ticks));
    }

    public override string ToString()
    {
        if (IsZero)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Weeks, 'W');
        Append(text, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0)
        {
            text.Append('T');
            Append(text, Hours, 'H');
            Append(text, Minutes, 'M');
            Append(text, Seconds, 'S');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, decimal value, char designator)
    {
        if (value != 0)
        {
            text.Append(value.ToString("0.#########", CultureInfo.InvariantCulture)).Append(designator);
        }
    }
}
