using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Certificates;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Certificates;

/// <summary>
/// Electronic certificates (电子证照, DOMAIN.md §5): made and signed at the issue step, verified by
/// identifier (and holder), printed as PDF, reused as materials, delivered, revoked and changed.
/// A verification recomputes the canonical content from the stored row and checks the signature with
/// the stored public key, so an edit of any stored field shows as tampering.
/// </summary>
public sealed class CertificateService(
    IDbContextFactory<HallDbContext> contexts,
    CertificateSigningOptions options,
    CertificatePdf pdf,
    TimeProvider clock)
{
    private const string Valid = nameof(CertificateStatus.Valid);

    private readonly CertificateSigningKey _key = new(contexts, options, clock);

    private readonly CertificateJudge _judge = new(clock);

    /// <summary>The address printed in a certificate's QR code.</summary>
    public string VerifyUrl(string identifier) => CertificatePdf.VerifyUrl(options.VerifyBaseUrl, identifier);

    /// <summary>
    /// Reads or creates this node's signing key and registers its public key; returns the key id.
    /// Call it at startup: on SQLite the first registration is a write, which would wait on a caller
    /// that already holds a write transaction when it calls <see cref="PrepareAsync"/>.
    /// </summary>
    public async Task<string> EnsureSigningKeyAsync(CancellationToken cancellationToken = default)
        => (await _key.GetAsync(cancellationToken)).KeyId;

    /// <summary>
    /// Makes and signs the certificate of a case at its issue step (version 001, status valid); the
    /// caller adds the record in its own transaction. The serial is the case's date and daily serial
    /// and a mark of its matter (<see cref="CertificateSerial"/>); the signing key is made and
    /// registered on first use.
    /// </summary>
    /// <param name="surface">照面信息 in printing order, e.g. 残疾类别 and 残疾等级.</param>
    public async Task<HallResult<CertificateRecord>> PrepareAsync(
        CaseRecord caseRecord,
        ServiceGuide guide,
        DateTimeOffset now,
        IReadOnlyList<KeyValuePair<string, string>>? surface = null,
        CancellationToken cancellationToken = default)
    {
        if (guide.Result?.CertificateTypeCode is not { Length: > 0 } typeCode)
        {
            return CertificateErrors.NotACertificateMatter(guide.Name);
        }

        if (caseRecord.ImplementationCode != guide.ImplementationCode)
        {
            return CertificateErrors.CaseOfAnotherMatter(caseRecord.CaseNumber, caseRecord.ImplementationCode, guide.ImplementationCode);
        }

        surface ??= [];
        if (CertificateSurface.Check(surface) is { } surfaceError)
        {
            return surfaceError;
        }

        var caseNumber = CaseNumber.Parse(caseRecord.CaseNumber);
        if (!caseNumber.IsValid)
        {
            return CertificateErrors.CaseNumber(caseRecord.CaseNumber, caseNumber.Error);
        }

        var identifier = CertificateIdentifier.Create(typeCode, guide.ImplementingBody.Uscc, CertificateSerial.For(caseNumber.Value), 1);
        if (!identifier.IsValid)
        {
            return CertificateErrors.IdentifierParts(identifier.Error);
        }

        var issuedAt = WholeSeconds(now);
        var content = new CertificateContent
        {
            Identifier = identifier.Value.ToString(),
            Name = guide.Result.Name,
            TypeCode = typeCode,
            HolderNumber = caseRecord.ApplicantNumber,
            HolderName = caseRecord.ApplicantName,
            IssuerUscc = guide.ImplementingBody.Uscc,
            IssuerName = guide.ImplementingBody.Name,
            MatterName = caseRecord.MatterName,
            ImplementationCode = caseRecord.ImplementationCode,
            CaseNumber = caseRecord.CaseNumber,
            IssuedAt = issuedAt,
            ValidUntil = CertificateContent.ValidUntilFor(HallTime.DateOf(issuedAt), guide.Result.ValidYears),
            Surface = [.. surface],
        };
        var signer = await _key.GetAsync(cancellationToken);
        return CertificateRecords.ToRecord(content, caseRecord.Id, signer.Sign(content), signer.KeyId);
    }

    /// <summary>
    /// Whether a certificate is genuine and in force. A malformed identifier is refused with the exact
    /// fault; an unknown one is <see cref="CertificateVerificationOutcome.NotFound"/>. With
    /// <paramref name="holderNumber"/>, a certificate of someone else is
    /// <see cref="CertificateVerificationOutcome.HolderMismatch"/> and reveals nothing.
    /// </summary>
    public async Task<HallResult<CertificateVerification>> VerifyAsync(string identifier, string? holderNumber = null, CancellationToken cancellationToken = default)
    {
        var parsed = CertificateIdentifier.Parse(identifier);
        if (!parsed.IsValid)
        {
            return CertificateErrors.Identifier(parsed.Error);
        }

        var id = parsed.Value.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Identifier == id, cancellationToken);
        return record is null
            ? CertificateVerification.NotFound(id)
            : await _judge.JudgeAsync(db, record, holderNumber, cancellationToken);
    }

    /// <summary>The PDF of a certificate in force (a changed, revoked, expired or altered one is refused).</summary>
    /// <exception cref="CertificateFontNotFoundException">This machine has no Chinese font for the PDF.</exception>
    public async Task<HallResult<byte[]>> RenderPdfAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var verification = await VerifyAsync(identifier, null, cancellationToken);
        if (!verification.Succeeded)
        {
            return verification.Error!;
        }

        var result = verification.Value!;
        if (result.Outcome == CertificateVerificationOutcome.NotFound)
        {
            return CertificateErrors.NotFound(result.Identifier);
        }

        if (!result.IsValid)
        {
            return CertificateErrors.NotInForce(result);
        }

        return pdf.Render(result.Certificate!, VerifyUrl(result.Identifier));
    }

    /// <summary>The certificates in force held by a person (ID number) or an organisation (credit code), newest first.</summary>
    public async Task<IReadOnlyList<CertificateContent>> HeldAsync(string holderNumber, CancellationToken cancellationToken = default)
    {
        var holder = _judge.NormaliseHolder(holderNumber);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Certificates.AsNoTracking()
            .Where(c => c.HolderNumber == holder && c.Status == Valid)
            .ToListAsync(cancellationToken);
        var held = new List<CertificateContent>();
        foreach (var record in records)
        {
            var verification = await _judge.JudgeAsync(db, record, null, cancellationToken);
            if (verification.IsValid)
            {
                held.Add(verification.Certificate!);
            }
        }

        return [.. held.OrderByDescending(c => c.IssuedAt).ThenBy(c => c.Identifier, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The certificate in force of type <paramref name="certificateTypeCode"/> the holder already has,
    /// which satisfies a material with that type code without an upload; null when there is none.
    /// </summary>
    public async Task<CertificateContent?> SatisfiesAsync(string holderNumber, string certificateTypeCode, CancellationToken cancellationToken = default)
        => (await HeldAsync(holderNumber, cancellationToken)).FirstOrDefault(c => c.TypeCode == certificateTypeCode.Trim().ToUpperInvariant());

    /// <summary>Records how the holder received a valid certificate (the latest delivery is kept on the row, each one in the audit records).</summary>
    public async Task<HallResult<CertificateRecord>> RecordDeliveryAsync(
        string identifier,
        CertificateDeliveryMethod method,
        string? note,
        string actor,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            return CertificateErrors.ActorRequired();
        }

        if (method == CertificateDeliveryMethod.Post && string.IsNullOrWhiteSpace(note))
        {
            return CertificateErrors.PostNeedsNote();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return await UpdateValidAsync(
            identifier,
            actor,
            "certificate.deliver",
            $"{method.Chinese()}{(trimmed is null ? "" : $"：{trimmed}")}",
            (db, id) => db.Certificates.Where(c => c.Identifier == id && c.Status == Valid).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Delivery, method.ToString()).SetProperty(c => c.DeliveredAt, now).SetProperty(c => c.DeliveryNote, trimmed),
                cancellationToken),
            cancellationToken);
    }

    /// <summary>Revokes (注销) a valid certificate; verification then answers <see cref="CertificateVerificationOutcome.Revoked"/> with the reason.</summary>
    public async Task<HallResult<CertificateRecord>> RevokeAsync(string identifier, string reason, string actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CertificateErrors.ReasonRequired();
        }

        if (string.IsNullOrWhiteSpace(actor))
        {
            return CertificateErrors.ActorRequired();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await UpdateValidAsync(
            identifier,
            actor,
            "certificate.revoke",
            reason.Trim(),
            (db, id) => db.Certificates.Where(c => c.Identifier == id && c.Status == Valid).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Status, nameof(CertificateStatus.Revoked)).SetProperty(c => c.StatusChangedAt, now).SetProperty(c => c.StatusReason, reason.Trim()),
                cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Changes (变更) a valid certificate's surface: the old version becomes <see cref="CertificateStatus.Changed"/>
    /// and a new version (same serial, version + 1, issued now, same last valid day) names it as previous.
    /// Returns the new version.
    /// </summary>
    public async Task<HallResult<CertificateRecord>> ChangeAsync(
        string identifier,
        IReadOnlyList<KeyValuePair<string, string>> newSurface,
        string reason,
        string actor,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CertificateErrors.ReasonRequired();
        }

        if (string.IsNullOrWhiteSpace(actor))
        {
            return CertificateErrors.ActorRequired();
        }

        if (CertificateSurface.Check(newSurface) is { } surfaceError)
        {
            return surfaceError;
        }

        var found = await ChangeableAsync(identifier, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Error!;
        }

        var (old, oldId) = found.Value;
        var newId = CertificateIdentifier.Create(oldId.TypeCode, oldId.Issuer.Value, oldId.Serial, oldId.Version + 1).Value!.ToString();
        var content = old.Certificate! with
        {
            Identifier = newId,
            IssuedAt = WholeSeconds(clock.GetUtcNow()),
            PreviousIdentifier = old.Identifier,
            Surface = [.. newSurface],
        };
        return await SaveChangeAsync(old.Identifier, content, reason.Trim(), actor, cancellationToken);
    }

    /// <summary>The certificate to change: found, in force, and not at the last version number.</summary>
    private async Task<HallResult<(CertificateVerification Old, CertificateIdentifier OldId)>> ChangeableAsync(string identifier, CancellationToken cancellationToken)
    {
        var verified = await VerifyAsync(identifier, null, cancellationToken);
        if (!verified.Succeeded)
        {
            return verified.Error!;
        }

        var old = verified.Value!;
        if (old.Outcome == CertificateVerificationOutcome.NotFound)
        {
            return CertificateErrors.NotFound(old.Identifier);
        }

        if (!old.IsValid)
        {
            return CertificateErrors.NotInForce(old);
        }

        var oldId = CertificateIdentifier.Parse(old.Identifier).Value!;
        if (oldId.Version == 999)
        {
            return CertificateErrors.LastVersion(old.Identifier);
        }

        return (old, oldId);
    }

    /// <summary>Marks the old version changed and stores the signed new one, in one transaction; a second change at the same time loses.</summary>
    private async Task<HallResult<CertificateRecord>> SaveChangeAsync(
        string oldIdentifier, CertificateContent content, string reason, string actor, CancellationToken cancellationToken)
    {
        var signer = await _key.GetAsync(cancellationToken);
        var now = content.IssuedAt.UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var caseId = await db.Certificates.Where(c => c.Identifier == oldIdentifier).Select(c => c.CaseId).SingleAsync(cancellationToken);
        var record = CertificateRecords.ToRecord(content, caseId, signer.Sign(content), signer.KeyId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.Certificates.Where(c => c.Identifier == oldIdentifier && c.Status == Valid).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Status, nameof(CertificateStatus.Changed))
                .SetProperty(c => c.StatusChangedAt, now)
                .SetProperty(c => c.StatusReason, reason),
            cancellationToken);
        if (marked == 0)
        {
            return CertificateErrors.ChangedMeanwhile(oldIdentifier);
        }

        db.Certificates.Add(record);
        db.AuditRecords.Add(Audit(now, actor, "certificate.change", oldIdentifier, $"{reason} → {content.Identifier}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e))
        {
            return CertificateErrors.ChangedMeanwhile(oldIdentifier);
        }

        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    private async Task<HallResult<CertificateRecord>> UpdateValidAsync(
        string identifier,
        string actor,
        string action,
        string detail,
        Func<HallDbContext, string, Task<int>> update,
        CancellationToken cancellationToken)
    {
        var parsed = CertificateIdentifier.Parse(identifier);
        if (!parsed.IsValid)
        {
            return CertificateErrors.Identifier(parsed.Error);
        }

        var id = parsed.Value.ToString();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Identifier == id, cancellationToken);
        if (current is null)
        {
            return CertificateErrors.NotFound(id);
        }

        if (current.Status != Valid)
        {
            return CertificateErrors.NotValidStatus(id, CertificateRecords.StatusOf(current));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await update(db, id) == 0)
        {
            return CertificateErrors.ChangedMeanwhile(id);
        }

        db.AuditRecords.Add(Audit(clock.GetUtcNow().UtcDateTime, actor, action, id, detail));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await db.Certificates.AsNoTracking().SingleAsync(c => c.Identifier == id, cancellationToken);
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time)
        => new DateTimeOffset(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static AuditRecord Audit(DateTime at, string actor, string action, string subject, string detail)
        => new() { At = at, Actor = actor.Trim(), Action = action, Subject = subject, Detail = detail };
}
