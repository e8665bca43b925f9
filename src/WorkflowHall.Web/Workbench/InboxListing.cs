namespace WorkflowHall.Web.Workbench;

/// <summary>One page of <see cref="InboxRow"/>s, and whether another follows.</summary>
public sealed record InboxListing(IReadOnlyList<InboxRow> Rows, int Page, bool HasMore);
