namespace WorkflowHall.Web.Api.Admin;

/// <summary>What a retention sweep did: how many ended instances it archived or deleted, under which settings.</summary>
public sealed record RetentionRunResponse(int Removed, int? Years, string Mode, bool Enabled);
