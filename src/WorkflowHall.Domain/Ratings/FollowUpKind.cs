namespace WorkflowHall.Domain.Ratings;

/// <summary>
/// What a rectification's follow-up record (回访/反馈 log) notes: a step of the rectification itself,
/// written with it, or a contact with the applicant recorded by hand.
/// </summary>
public enum FollowUpKind
{
    /// <summary>整改单生成: the bad rating opened it, with its deadline.</summary>
    Opened,
    /// <summary>核实有效.</summary>
    ConfirmedValid,
    /// <summary>认定无效差评.</summary>
    MarkedInvalid,
    /// <summary>开始整改.</summary>
    Started,
    /// <summary>延期.</summary>
    Extended,
    /// <summary>整改完成.</summary>
    Completed,
    /// <summary>无法整改.</summary>
    DeclaredImpossible,
    /// <summary>回访 (电话): a call to the applicant.</summary>
    Call,
    /// <summary>现场回访: a visit to the applicant.</summary>
    Visit,
    /// <summary>反馈: what the applicant was told, or said, about the outcome.</summary>
    Feedback,
}
