namespace WorkflowHall.Data.Records.Hall;

/// <summary>A public key certificates are verified with; the private key stays with the issuing node's configuration.</summary>
public sealed class SigningKeyRecord
{
    public required string KeyId { get; set; }
    public required string PublicKeyPem { get; set; }
    public DateTime CreatedAt { get; set; }
}
