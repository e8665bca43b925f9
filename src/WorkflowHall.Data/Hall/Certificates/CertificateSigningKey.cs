using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Data.Hall.Certificates;

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

    private static CertificateSigner LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return LoadOnceWritten(path);
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        // O_CREAT|O_EXCL on the key file itself: of several nodes starting at once exactly one creates
        // it; the others find it and read it once it is complete.
        var created = CertificateSigner.Generate();
        var write = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            write.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var file = new FileStream(path, write))
            using (var writer = new StreamWriter(file, System.Text.Encoding.ASCII))
            {
                writer.Write(created.ExportPrivateKeyPem());
                writer.Write('\n');
                writer.Flush();
                file.Flush(flushToDisk: true);
            }
            return created;
        }
        catch (IOException) when (File.Exists(path))
        {
            created.Dispose();
            return LoadOnceWritten(path);
        }
    }

    /// <summary>Reads a key file another node is still writing: waits a little for it to be whole.</summary>
    private static CertificateSigner LoadOnceWritten(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return Load(path);
            }
            catch (Exception e) when (attempt < 100 && e is IOException or InvalidOperationException)
            {
                Thread.Sleep(20);
            }
        }
    }

    private static CertificateSigner Load(string path)
    {
        try
        {
            return CertificateSigner.FromPrivateKeyPem(File.ReadAllText(path));
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new InvalidOperationException(
                $"The certificate signing key file {path} holds no ECDSA P-256 private key ({e.Message}). Restore it, or move it away to have a new key generated.", e);
        }
    }

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
