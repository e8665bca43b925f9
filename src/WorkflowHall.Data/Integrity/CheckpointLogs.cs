namespace WorkflowHall.Data.Integrity;

/// <summary>The logs that are checkpointed; each numbers its checkpoints on its own.</summary>
public static class CheckpointLogs
{
    public const string Trail = "trail";
    public const string Supervision = "supervision";
}
