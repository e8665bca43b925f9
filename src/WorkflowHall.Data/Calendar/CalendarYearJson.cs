using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Calendar;

/// <summary>
/// Writes a year's holiday arrangement in the calendar file format (<c>workflows/calendars/README.md</c>):
/// consecutive days off of one holiday become one range, as the State Council's notice lists them.
/// </summary>
public static class CalendarYearJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(HolidayArrangement arrangement)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("year", arrangement.Year);
            json.WriteString("source", arrangement.Source);
            json.WriteStartArray("daysOff");
            foreach (var run in Runs(arrangement.DaysOff))
            {
                json.WriteStartObject();
                json.WriteString("from", Date(run[0].Date));
                json.WriteString("to", Date(run[^1].Date));
                WriteNames(json, run[0]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("extraWorkingDays");
            foreach (var day in arrangement.ExtraWorkingDays.OrderBy(d => d.Date))
            {
                json.WriteStartObject();
                json.WriteString("date", Date(day.Date));
                WriteNames(json, day);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static IEnumerable<List<CalendarDay>> Runs(IEnumerable<CalendarDay> days)
    {
        List<CalendarDay>? run = null;
        foreach (var day in days.OrderBy(d => d.Date))
        {
            if (run is not null && run[^1].Date.AddDays(1) == day.Date && run[^1].Name == day.Name && run[^1].NameEn == day.NameEn)
            {
                run.Add(day);
                continue;
            }
            if (run is not null) yield return run;
            run = [day];
        }
        if (run is not null) yield return run;
    }

    private static void WriteNames(Utf8JsonWriter json, CalendarDay day)
    {
        json.WriteString("name", day.Name);
        if (!string.IsNullOrWhiteSpace(day.NameEn)) json.WriteString("nameEn", day.NameEn);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
