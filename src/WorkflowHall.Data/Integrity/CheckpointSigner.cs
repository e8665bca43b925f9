using System.Security.Cryptography;
using System.Text;
using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Data.Integrity;

/// <summary>
/// The checkpoint key: ECDSA P-256 over SHA-256 of a payload's UTF-8 bytes, the signature DER-encoded and
/// then base64, as certificates are signed; the key id is reckoned as a certificate key's is.
/// </summary>
internal sealed class CheckpointSigner : IDisposable
{
    private const DSASignatureFormat SignatureFormat = DSASignatureFormat.Rfc3279DerSequence;

    private readonly ECDsa _key;

    private CheckpointSigner(ECDsa key)
    {
        _key = key;
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        KeyId = CertificateSigner.KeyIdOf(PublicKeyPem);
    }

    public string KeyId { get; }

    public string PublicKeyPem { get; }

    public static string NewPrivateKeyPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }

    /// <exception cref="CryptographicException">The text holds no P-256 private key.</exception>
    public static CheckpointSigner FromPrivateKeyPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new CryptographicException("The checkpoint signing key must be an ECDSA key on the P-256 curve.");
            }
            return new CheckpointSigner(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    public string Sign(string payload) => Convert.ToBase64String(_key.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256, SignatureFormat));

    /// <summary>Whether the signature was made over the payload by the key whose public half is given; anything unreadable does not verify.</summary>
    public static bool Verify(string payload, string signature, string publicKeyPem)
    {
        var bytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, bytes, out var length)) return false;
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(publicKeyPem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
        return key.VerifyData(Encoding.UTF8.GetBytes(payload), bytes.AsSpan(0, length), HashAlgorithmName.SHA256, SignatureFormat);
    }

    public void Dispose() => _key.Dispose();
}
