using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Data.Certificates;

/// <summary>How this node signs certificates and where they are verified (configuration section <c>Certificates</c>).</summary>
public sealed class CertificateSigningOptions
{
    public const string Section = "Certificates";

    /// <summary>
    /// The ECDSA P-256 private key (PKCS#8 PEM). Created on first use, readable by the owner only;
    /// nodes that issue certificates share it, or each has its own (every public key is registered).
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写签名密钥文件的路径 / a key file path is required")]
    public string KeyPath { get; set; } = "data/keys/certificate-signing.pem";

    /// <summary>The public address of the hall; certificates carry <c>{VerifyBaseUrl}/verify/{identifier}</c> in their QR code.</summary>
    [Url(ErrorMessage = "须为 http 或 https 开头的完整地址 / must be an absolute http or https address")]
    public string VerifyBaseUrl { get; set; } = "http://localhost:5080";
}
