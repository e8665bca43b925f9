using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Certificates;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Certificates;

/// <summary>
/// Decides what a stored certificate row is worth: the content is rebuilt from the row and checked
/// against its signature with the registered public key (any edited field shows as tampering), then
/// the holder, then the status and the last valid day.
/// </summary>
internal sealed class CertificateJudge(TimeProvider clock)
{
    /// <summary>Public keys never change once registered, so each is read once per node.</summary>
    private readonly ConcurrentDictionary<string, string> _publicKeys = new(StringComparer.Ordinal);

    public async Task<CertificateVerification> JudgeAsync(HallDbContext db, CertificateRecord record, string? holderNumber, CancellationToken cancellationToken)
    {
        var content = CertificateRecords.ToContent(record);
        var publicKey = await PublicKeyAsync(db, record.KeyId, cancellationToken);
        var status = CertificateRecords.StatusOf(record);
        if (content is null || publicKey is null || status is null || !CertificateSigner.Verify(content, record.Signature, publicKey))
        {
            return CertificateVerification.Tampered(record.Identifier);
        }

        if (holderNumber is not null && NormaliseHolder(holderNumber) != content.HolderNumber)
        {
            return CertificateVerification.HolderMismatch(record.Identifier);
        }

        var changedAt = record.StatusChangedAt is { } at ? CertificateRecords.AsUtc(at) : (DateTimeOffset?)null;
        switch (status)
        {
            case CertificateStatus.Revoked:
                return CertificateVerification.Revoked(content, changedAt, record.StatusReason);
            case CertificateStatus.Changed:
                var successor = await db.Certificates.AsNoTracking()
                    .Where(c => c.PreviousIdentifier == record.Identifier)
                    .Select(c => c.Identifier)
                    .FirstOrDefaultAsync(cancellationToken);
                return CertificateVerification.Changed(content, changedAt, record.StatusReason, successor);
            case CertificateStatus.Expired:
                return CertificateVerification.Expired(content);
        }

        return content.IsExpiredOn(Today()) ? CertificateVerification.Expired(content) : CertificateVerification.Valid(content);
    }

    /// <summary>A citizen ID typed loosely (lower-case x, full width, spaces) is the same holder.</summary>
    public string NormaliseHolder(string number)
        => ApplicantNumber.Parse(number, Today()) is { IsValid: true } parsed
            ? parsed.Value.Value
            : number.Trim().ToUpperInvariant();

    private DateOnly Today() => HallTime.Today(clock);

    private async Task<string?> PublicKeyAsync(HallDbContext db, string keyId, CancellationToken cancellationToken)
    {
        if (_publicKeys.TryGetValue(keyId, out var pem))
        {
            return pem;
        }

        pem = await db.SigningKeys.AsNoTracking().Where(k => k.KeyId == keyId).Select(k => k.PublicKeyPem).FirstOrDefaultAsync(cancellationToken);
        // A key row whose key is not the one its id names was altered: trusting it would let a forger's key pass.
        if (pem is null || !KeyIdMatches(keyId, pem))
        {
            return null;
        }

        _publicKeys.TryAdd(keyId, pem);
        return pem;
    }

    private static bool KeyIdMatches(string keyId, string publicKeyPem)
    {
        try
        {
            return CertificateSigner.KeyIdOf(publicKeyPem) == keyId;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
