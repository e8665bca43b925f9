namespace WorkflowHall.Data.Integrity;

/// <summary>
/// The checkpoint key outside the database and the public keys the verifier trusts. The private key is read
/// from <see cref="CheckpointOptions.CheckpointKeyPath"/> or created there; its public half is written to
/// <c>checkpoint-public-keys/&lt;key id&gt;.pem</c> beside it. Only keys in that folder are trusted: a key
/// someone put in the database proves nothing. Rotating = moving the private key file away; the next
/// checkpoint makes a new key, and the old public key stays in the folder for the checkpoints it signed.
/// </summary>
public sealed class CheckpointKeys(CheckpointOptions options)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    private CheckpointSigner? _signer;

    internal async Task<CheckpointSigner> SignerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _signer) is { } ready && File.Exists(KeyPath)) return ready;

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // The file moved away since it was read: the key was rotated, take the new one.
            if (_signer is { } signer && File.Exists(KeyPath)) return signer;
            signer = SigningKeyFile.ReadOrCreate(KeyPath, CheckpointSigner.NewPrivateKeyPem, CheckpointSigner.FromPrivateKeyPem, "checkpoint signing key");
            PublishPublicKey(signer);
            var old = _signer;
            Volatile.Write(ref _signer, signer);
            old?.Dispose();
            return signer;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The public keys by key id, read from the folder outside the database.</summary>
    public IReadOnlyDictionary<string, string> Trusted()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(options.PublicKeyFolder)) return keys;
        foreach (var file in Directory.EnumerateFiles(options.PublicKeyFolder, "*.pem"))
        {
            var pem = File.ReadAllText(file);
            try
            {
                keys[Domain.Certificates.CertificateSigner.KeyIdOf(pem)] = pem;
            }
            catch (Exception e) when (e is ArgumentException or System.Security.Cryptography.CryptographicException)
            {
                // Not a public key: it vouches for nothing.
            }
        }
        return keys;
    }

    private string KeyPath => Path.GetFullPath(options.CheckpointKeyPath);

    private void PublishPublicKey(CheckpointSigner signer)
    {
        SigningKeyFile.CreateFolder(options.PublicKeyFolder);
        var path = Path.Combine(options.PublicKeyFolder, signer.KeyId + ".pem");
        if (File.Exists(path)) return;
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, signer.PublicKeyPem);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another node published it first
        }
    }
}
