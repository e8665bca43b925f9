namespace WorkflowHall.Web.Components.Audit;

/// <summary>The strings of the audit start page; English in <c>Resources/Components/Audit/AuditText.en.resx</c>.</summary>
public sealed class AuditText;
