namespace WorkflowHall.Web.Workbench;

/// <summary>
/// What a case-page form posts: which act, the case revision the clerk saw, and the act's fields
/// (each form shows only its own). <see cref="Items"/> comes from the checklist's repeated field.
/// </summary>
public sealed class CaseActionInput
{
    public string? Action { get; set; }
    /// <summary>The case's revision when the page was drawn: a different one now means someone else acted first.</summary>
    public int Revision { get; set; }
    public string? Opinion { get; set; }
    public string? Reason { get; set; }
    public string? LegalBasis { get; set; }
    public IReadOnlyList<string> Items { get; set; } = [];
    /// <summary>Further supplement items, one a line.</summary>
    public string? OtherItems { get; set; }
    public string? Kind { get; set; }
    public string? OtherKind { get; set; }
    public int? Days { get; set; }
    public string? Approver { get; set; }
    public string? Result { get; set; }
}
