namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>A page of the inbox, ordered by due time.</summary>
public sealed record InboxResponse(IReadOnlyList<InboxItemResponse> Items, int Page, int PageSize, bool HasMore);
