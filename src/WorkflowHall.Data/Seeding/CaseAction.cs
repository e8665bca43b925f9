namespace WorkflowHall.Data.Seeding;

/// <summary>What happens to a case after it is applied for: each is one call of the hall's case services.</summary>
public enum CaseAction
{
    Accept,
    RefuseAccept,
    RequestSupplement,
    SubmitSupplement,
    /// <summary>A step whose only outcome is "done" (村级代办提交, 残疾评定).</summary>
    Complete,
    Review,
    Return,
    Approve,
    Refuse,
    Issue,
    StartProcedure,
    EndProcedure,
    Extend,
    Withdraw,
}
