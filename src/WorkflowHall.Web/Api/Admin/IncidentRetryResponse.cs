namespace WorkflowHall.Web.Api.Admin;

/// <summary>
/// What "retry now" on an incident came to: <c>Completed</c> (the step moved on) or <c>FailedAgain</c> (back on its retry
/// schedule from the first wait, with the new error), in Chinese and English.
/// </summary>
public sealed record IncidentRetryResponse(string Result, string MessageZh, string MessageEn);
