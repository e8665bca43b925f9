using System.Security.Cryptography;
using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Domain.Tests.Certificates;

public class CertificateSignerTests
{
    private static readonly CertificateContent Sample = SampleCertificate.Content;

    [Fact]
    public void A_signature_verifies_with_the_public_key_and_fails_for_any_change()
    {
        using var signer = CertificateSigner.Generate();
        var signature = signer.Sign(Sample);

        Assert.True(CertificateSigner.Verify(Sample, signature, signer.PublicKeyPem));
        Assert.False(CertificateSigner.Verify(Sample with { HolderName = "李四" }, signature, signer.PublicKeyPem));
        Assert.False(CertificateSigner.Verify(Sample with { ValidUntil = new DateOnly(2099, 12, 31) }, signature, signer.PublicKeyPem));
    }

    [Fact]
    public void Another_key_does_not_verify_the_signature()
    {
        using var signer = CertificateSigner.Generate();
        using var other = CertificateSigner.Generate();

        Assert.False(CertificateSigner.Verify(Sample, signer.Sign(Sample), other.PublicKeyPem));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("")]
    [InlineData("AAAA")]
    public void An_unreadable_signature_does_not_verify(string signature)
    {
        using var signer = CertificateSigner.Generate();

        Assert.False(CertificateSigner.Verify(Sample, signature, signer.PublicKeyPem));
    }

    [Fact]
    public void An_unreadable_public_key_does_not_verify()
    {
        using var signer = CertificateSigner.Generate();

        Assert.False(CertificateSigner.Verify(Sample, signer.Sign(Sample), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
    }

    [Fact]
    public void The_signature_is_a_der_encoded_ecdsa_p256_sha256_signature_any_tool_can_check()
    {
        using var signer = CertificateSigner.Generate();
        var signature = Convert.FromBase64String(signer.Sign(Sample));

        using var key = ECDsa.Create();
        key.ImportFromPem(signer.PublicKeyPem);
        Assert.Equal(256, key.KeySize);
        Assert.Equal(0x30, signature[0]); // a DER SEQUENCE
        Assert.True(key.VerifyData(Sample.CanonicalBytes(), signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }

    [Fact]
    public void The_key_id_is_the_first_16_hex_digits_of_the_sha256_of_the_subject_public_key_info()
    {
        using var signer = CertificateSigner.Generate();
        using var key = ECDsa.Create();
        key.ImportFromPem(signer.PublicKeyPem);

        var expected = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];

        Assert.Equal(expected, signer.KeyId);
        Assert.Equal(expected, CertificateSigner.KeyIdOf(signer.PublicKeyPem));
        Assert.Matches("^[0-9a-f]{16}$", signer.KeyId);
    }

    [Fact]
    public void A_key_written_to_pem_and_read_back_is_the_same_key()
    {
        using var signer = CertificateSigner.Generate();
        using var again = CertificateSigner.FromPrivateKeyPem(signer.ExportPrivateKeyPem());

        Assert.Equal(signer.KeyId, again.KeyId);
        Assert.True(CertificateSigner.Verify(Sample, again.Sign(Sample), signer.PublicKeyPem));
    }

    [Fact]
    public void A_key_on_another_curve_is_refused()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var error = Assert.Throws<CryptographicException>(() => CertificateSigner.FromPrivateKeyPem(p384.ExportPkcs8PrivateKeyPem()));
        Assert.Contains("P-256", error.Message);
    }
}
