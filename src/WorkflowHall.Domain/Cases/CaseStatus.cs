namespace WorkflowHall.Domain.Cases;

/// <summary>Where a case (办件) stands, after DOMAIN.md §2.</summary>
public enum CaseStatus
{
    /// <summary>已申请（收件）: waiting for acceptance.</summary>
    Submitted,
    /// <summary>待补正: the applicant must supplement materials.</summary>
    SupplementRequested,
    /// <summary>不予受理.</summary>
    NotAccepted,
    /// <summary>已受理: accepted, the legal clock runs.</summary>
    Accepted,
    /// <summary>审查中: review or approval under way.</summary>
    InReview,
    /// <summary>挂起: a special procedure (hearing, inspection, expert review …) stops the clock.</summary>
    Suspended,
    /// <summary>已延期: the one extension of the limit was granted.</summary>
    Extended,
    /// <summary>准予许可, waiting for the certificate to be issued.</summary>
    Approved,
    /// <summary>不予许可.</summary>
    Refused,
    /// <summary>办结（已发证）.</summary>
    Closed,
    /// <summary>已撤回.</summary>
    Withdrawn,
    /// <summary>强制终止.</summary>
    Terminated,
}

public static class CaseStatusNames
{
    public static string Chinese(this CaseStatus status) => status switch
    {
        CaseStatus.Submitted => "已申请",
        CaseStatus.SupplementRequested => "待补正",
        CaseStatus.NotAccepted => "不予受理",
        CaseStatus.Accepted => "已受理",
        CaseStatus.InReview => "审查中",
        CaseStatus.Suspended => "挂起（特别程序）",
        CaseStatus.Extended => "已延期",
        CaseStatus.Approved => "准予许可",
        CaseStatus.Refused => "不予许可",
        CaseStatus.Closed => "已办结",
        CaseStatus.Withdrawn => "已撤回",
        CaseStatus.Terminated => "强制终止",
        _ => status.ToString(),
    };
}
