namespace WorkflowHall.Data.Supervision;

/// <summary>监察规则编号: what each record says happened (DOMAIN.md §4).</summary>
public static class SupervisionRules
{
    public const string StepWarning = "step-warning";
    public const string StepOverdue = "step-overdue";
    /// <summary>A step past its own limit while the case is still within its promised one (环节超时).</summary>
    public const string StepOverOwnLimit = "step-over-own-limit";
    public const string CasePromisedWarning = "case-promised-warning";
    public const string CasePromisedOverdue = "case-promised-overdue";
    public const string CaseStatutoryOverdue = "case-statutory-overdue";
    /// <summary>A refusal (不予受理 or 不予许可) recorded without its reasons.</summary>
    public const string RefusalWithoutReasons = "refusal-without-reasons";
    public const string Corrected = "corrected";

    public const string StepSubject = "step";
    public const string CaseSubject = "case";

    public static string Chinese(string rule) => rule switch
    {
        StepWarning => "环节临近时限",
        StepOverdue => "环节超时",
        StepOverOwnLimit => "环节超时（办件未超期）",
        CasePromisedWarning => "办件临近承诺时限",
        CasePromisedOverdue => "办件超承诺时限",
        CaseStatutoryOverdue => "办件超法定时限",
        RefusalWithoutReasons => "不予受理或不予许可未说明理由",
        Corrected => "已纠正",
        _ => rule,
    };
}
