namespace WorkflowHall.Web.Components.Portal.Applicant;

/// <summary>The withdraw form: why the applicant withdraws.</summary>
public sealed class WithdrawInput
{
    public string? Reason { get; set; }
}
