namespace WorkflowHall.Data.Records.Integrity;

/// <summary>
/// One signed checkpoint of a hash-chained log (a case's trail or the supervision log). What it proves is
/// <see cref="Payload"/>, signed as it is stored; the other columns repeat parts of it so checkpoints can be
/// found, and the verifier refuses a row whose columns and payload disagree. (Log, Number) is the key:
/// checkpoints of a log are numbered 1, 2, 3 … and each payload carries the hash of the one before.
/// </summary>
public sealed class CheckpointRecord
{
    /// <summary><c>trail</c> or <c>supervision</c> (<see cref="WorkflowHall.Data.Integrity.CheckpointLogs"/>).</summary>
    public required string Log { get; set; }
    public long Number { get; set; }
    /// <summary>The instance whose trail is covered; null for the supervision log.</summary>
    public string? Subject { get; set; }
    /// <summary>The last sequence the checkpoint covers.</summary>
    public long Through { get; set; }
    public DateTime SignedAt { get; set; }
    public required string KeyId { get; set; }
    /// <summary>The signed JSON text (<see cref="WorkflowHall.Data.Integrity.CheckpointPayload"/>).</summary>
    public required string Payload { get; set; }
    /// <summary>ECDSA P-256 over SHA-256 of the payload's UTF-8 bytes, DER, base64.</summary>
    public required string Signature { get; set; }
}
