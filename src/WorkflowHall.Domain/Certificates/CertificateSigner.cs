using System.Security.Cryptography;

namespace WorkflowHall.Domain.Certificates;

/// <summary>
/// Signs certificates with an ECDSA P-256 key over SHA-256 of <see cref="CertificateContent.CanonicalBytes"/>,
/// the signature DER-encoded (as OpenSSL writes it) and then base64. Verification needs only the
/// public key, which is published under its key id. (The national scheme signs with SM2/SM3 and an
/// 电子印章; P-256 stands in for it until the hall is connected to a CA.)
/// </summary>
public sealed class CertificateSigner : IDisposable
{
    private const DSASignatureFormat SignatureFormat = DSASignatureFormat.Rfc3279DerSequence;

    private readonly ECDsa _key;

    private CertificateSigner(ECDsa key)
    {
        _key = key;
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        KeyId = KeyIdOf(key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>The first 16 hex digits (lower case) of SHA-256 over the public key's SubjectPublicKeyInfo.</summary>
    public string KeyId { get; }

    /// <summary>The public key as a <c>PUBLIC KEY</c> PEM (SubjectPublicKeyInfo).</summary>
    public string PublicKeyPem { get; }

    /// <summary>A new key on the P-256 curve.</summary>
    public static CertificateSigner Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Reads a private key PEM (PKCS#8 <c>PRIVATE KEY</c> or SEC1 <c>EC PRIVATE KEY</c>); it must be on P-256.</summary>
    /// <exception cref="CryptographicException">The text holds no usable P-256 private key.</exception>
    public static CertificateSigner FromPrivateKeyPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new CryptographicException("The certificate signing key must be an ECDSA key on the P-256 curve.");
            }

            return new CertificateSigner(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The key id of a public key given as a <c>PUBLIC KEY</c> PEM.</summary>
    public static string KeyIdOf(string publicKeyPem)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        return KeyIdOf(key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>The private key as a PKCS#8 <c>PRIVATE KEY</c> PEM, for the key file.</summary>
    public string ExportPrivateKeyPem() => _key.ExportPkcs8PrivateKeyPem();

    /// <summary>The base64 signature over the content's canonical bytes.</summary>
    public string Sign(CertificateContent content)
        => Convert.ToBase64String(_key.SignData(content.CanonicalBytes(), HashAlgorithmName.SHA256, SignatureFormat));

    /// <summary>
    /// Whether <paramref name="signature"/> was made over this content by the key whose public half is
    /// <paramref name="publicKeyPem"/>. A signature or key that cannot be read does not verify.
    /// </summary>
    public static bool Verify(CertificateContent content, string signature, string publicKeyPem)
    {
        var bytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, bytes, out var length))
        {
            return false;
        }

        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(publicKeyPem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }

        return key.VerifyData(content.CanonicalBytes(), bytes.AsSpan(0, length), HashAlgorithmName.SHA256, SignatureFormat);
    }

    public void Dispose() => _key.Dispose();

    private static string KeyIdOf(byte[] subjectPublicKeyInfo)
        => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];
}
