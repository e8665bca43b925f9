using WorkflowHall.Data.Calendar;

namespace WorkflowHall.Web.Admin.Calendar;

/// <summary>The calendar page of a year: where its arrangement comes from, its months, its working days, and a calculation if asked.</summary>
public sealed record CalendarPageView(CalendarYearState Year, IReadOnlyList<MonthView> Months, int WorkingDays, IReadOnlyList<int> LoadedYears,
    WorkingDayCalculation? Calculation);
