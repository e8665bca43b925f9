namespace WorkflowHall.Web.Workbench;

/// <summary>One application a village agent filed for a villager (代办), as their list shows it.</summary>
public sealed record AgentCaseRow(string CaseNumber, string MatterName, string ApplicantName, string ApplicantNumber, string Status, DateTime SubmittedAt);
