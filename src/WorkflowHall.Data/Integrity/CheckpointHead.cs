namespace WorkflowHall.Data.Integrity;

/// <summary>The newest checkpoint of a log as recorded outside the database.</summary>
public sealed record CheckpointHead(long Number, string Hash);
