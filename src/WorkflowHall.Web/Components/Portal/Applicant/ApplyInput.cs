using WorkflowHall.Data.Cases;

namespace WorkflowHall.Web.Components.Portal.Applicant;

/// <summary>What the apply form posts. Kept whole when the application is refused, so nothing typed is lost.</summary>
public sealed class ApplyInput
{
    /// <summary>Agent mode only: the villager the agent applies for.</summary>
    public string? ApplicantName { get; set; }
    public string? ApplicantNumber { get; set; }
    public string? ApplicantPhone { get; set; }
    /// <summary>Agent mode only: the service point (village) the agent applies from, and the villager's consent.</summary>
    public string? AgentUnit { get; set; }
    public string? Consent { get; set; }
    /// <summary>Agent mode only: the scan of the villager's signed 代办委托书.</summary>
    public MaterialInput ConsentForm { get; set; } = new() { Name = CaseApplications.ConsentFormName };
    /// <summary>申请事由: what is applied for and why.</summary>
    public string? Purpose { get; set; }
    /// <summary>结果领取方式: <c>window</c> or <c>post</c>.</summary>
    public string? Delivery { get; set; }
    public string? MailingAddress { get; set; }
    public List<MaterialInput> Materials { get; set; } = [];
}
