namespace WorkflowHall.Data.Supervision;

/// <summary>
/// “卡在哪里”: open cases waiting at one step now, by how many working days they have waited there
/// (at most 1, 2 to 5, 6 to 10, more than 10).
/// </summary>
public sealed record StuckStepFigure(string Step, int UpToOneDay, int TwoToFiveDays, int SixToTenDays, int OverTenDays)
{
    public int Total => UpToOneDay + TwoToFiveDays + SixToTenDays + OverTenDays;
}
