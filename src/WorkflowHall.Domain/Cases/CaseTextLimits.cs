namespace WorkflowHall.Domain.Cases;

/// <summary>
/// How long a clerk's or applicant's text on a case may be: long enough for a real opinion or refusal
/// (several paragraphs), short enough to stay readable on the applicant's notice and the clerk's page.
/// </summary>
public static class CaseTextLimits
{
    public const int Opinion = 2000;
    public const int Reason = 2000;
    public const int LegalBasis = 500;
    public const int SupplementItem = 200;
    public const int SupplementItems = 50;
    public const int ProcedureKind = 50;
    public const int ProcedureResult = 2000;
    public const int WithdrawReason = 500;
}
