using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Data.Integrity;

/// <summary>Where the checkpoint signing key lives (configuration section <c>Audit</c>).</summary>
public sealed class CheckpointOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// The ECDSA P-256 private key (PKCS#8 PEM) that signs checkpoints, outside the database. Created on
    /// first use, readable by the owner only. Next to it: <c>checkpoint-public-keys/</c> (the public key of
    /// every checkpoint key this hall has used, which the verifier trusts) and <c>checkpoint-heads/</c>
    /// (the newest checkpoint of each log, so checkpoints dropped from the end are noticed).
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写检查点签名密钥文件的路径 / a key file path is required")]
    public string CheckpointKeyPath { get; set; } = "data/keys/checkpoint-signing.pem";

    /// <summary>How many instances one periodic run seals at most.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "须为正整数 / must be a positive whole number")]
    public int BatchSize { get; set; } = 500;

    internal string KeyFolder => Path.GetDirectoryName(Path.GetFullPath(CheckpointKeyPath))!;
    internal string PublicKeyFolder => Path.Combine(KeyFolder, "checkpoint-public-keys");
    internal string HeadFolder => Path.Combine(KeyFolder, "checkpoint-heads");
}
