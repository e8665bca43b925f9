namespace WorkflowHall.Data.Supervision;

/// <summary>
/// The indicators an auditor reports (按时办结率, 超时件数, 环节超时, 超期天数) for a filter's period, unit and matter.
/// Rates are null when nothing was completed.
/// </summary>
public sealed record SupervisionFigures(
    int CompletedSteps, int StepsOnTime, int DecidedCases, int CasesOnTime,
    int OverdueSteps, int OverdueCases, double? AverageStepOverdueDays, double? AverageCaseOverdueDays,
    int Warnings, int Breaches, int Corrections)
{
    public double? StepOnTimeRate => CompletedSteps == 0 ? null : (double)StepsOnTime / CompletedSteps;

    public double? CaseOnTimeRate => DecidedCases == 0 ? null : (double)CasesOnTime / DecidedCases;
}
