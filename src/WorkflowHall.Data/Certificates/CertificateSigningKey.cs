using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Data.Certificates;

/// <summary>
/// This node's signing key: read from <see cref="CertificateSigningOptions.KeyPath"/>, or generated
/// and written there (owner-only) when the file does not exist; its public key is registered in
/// <c>signing_keys</c> before the first signature, so every certificate can be verified by any node.
/// Replacing the file rotates the key: the new public key is registered, the old one stays for the
/// certificates it signed.
/// </summary>
internal sealed class CertificateSigningKey(IDbContextFactory<HallDbContext> contexts, CertificateSigningOptions options, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    private CertificateSigner? _signer;

    public async Task<CertificateSigner> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _signer) is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_signer is { } signer)
            {
                return signer;
            }

            signer = LoadOrCreate(Path.GetFullPath(options.KeyPath));
            try
            {
                await RegisterAsync(signer, cancellationToken);
            }
            catch
            {
                signer.Dispose();
                throw;
            }

            Volatile.Write(ref _signer, signer);
            return signer;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static CertificateSigner LoadOrCreate(string path) => SigningKeyFile.ReadOrCreate(path,
        () =>
        {
            using var created = CertificateSigner.Generate();
            return created.ExportPrivateKeyPem();
        },
        CertificateSigner.FromPrivateKeyPem, "certificate signing key");

    private async Task RegisterAsync(CertificateSigner signer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.SigningKeys.AnyAsync(k => k.KeyId == signer.KeyId, cancellationToken))
        {
            return;
        }

        db.SigningKeys.Add(new SigningKeyRecord { KeyId = signer.KeyId, PublicKeyPem = signer.PublicKeyPem, CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e))
        {
            // Another node sharing the key registered it at the same moment.
        }
    }
}
