using Microsoft.AspNetCore.Identity;

namespace WorkflowHall.Web.Accounts;

/// <summary>The hash of a password nobody has, made once per process: checking a password against it costs what checking a real one does.</summary>
internal sealed class DecoyPasswordHash
{
    private static readonly HallAccount Nobody = new();
    private string? _hash;

    public void Verify(IPasswordHasher<HallAccount> hasher, string password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
