namespace WorkflowHall.Web.Components.Portal.Applicant;

/// <summary>The supplement form: one uploaded file per item of the notice.</summary>
public sealed class SupplementInput
{
    public List<MaterialInput> Items { get; set; } = [];
}
