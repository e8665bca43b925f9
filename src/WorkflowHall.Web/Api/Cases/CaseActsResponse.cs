namespace WorkflowHall.Web.Api.Cases;

/// <summary>The acts the caller may do to a case now, as the case rules say (what a page would offer).</summary>
public sealed record CaseActsResponse(string CaseNumber, IReadOnlyList<string> Acts);
