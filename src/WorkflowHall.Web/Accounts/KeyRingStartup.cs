using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Makes sure the key ring has a key before the node serves. Left to itself, each node starting on an
/// empty ring makes a key of its own and keeps using it from its cache, so that a cookie one node wrote
/// would not open on another. Runs inside the startup's turn (<c>Hosting/StartupLock</c>): the first
/// node makes the key, the others find it.
/// </summary>
internal sealed class KeyRingStartup(IKeyManager keys, TimeProvider time, ILogger<KeyRingStartup> logger)
{
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    public void EnsureKey()
    {
        var now = time.GetUtcNow();
        if (keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now)) return;
        var key = keys.CreateNewKey(activationDate: now, expirationDate: now + KeyLifetime);
        Log.DataProtectionKeyCreated(logger, key.KeyId, key.ExpirationDate);
    }
}
