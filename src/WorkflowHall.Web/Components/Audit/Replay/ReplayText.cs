namespace WorkflowHall.Web.Components.Audit.Replay;

/// <summary>The strings of the auditors' case list and case replay; English in <c>Resources/Components/Audit/Replay/ReplayText.en.resx</c>.</summary>
public sealed class ReplayText;
