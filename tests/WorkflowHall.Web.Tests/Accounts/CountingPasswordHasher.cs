using Microsoft.AspNetCore.Identity;
using WorkflowHall.Web.Accounts;

namespace WorkflowHall.Web.Tests.Accounts;

/// <summary>Counts the password hashes checked (the costly part of signing in) while the hall's own hasher does the work.</summary>
internal sealed class CountingPasswordHasher
{
    private int _verified;

    public int Verified => _verified;

    public void Reset() => Interlocked.Exchange(ref _verified, 0);

    public IPasswordHasher<HallAccount> Over(IPasswordHasher<HallAccount> inner) => new Counted(inner, this);

    private sealed class Counted(IPasswordHasher<HallAccount> inner, CountingPasswordHasher counter) : IPasswordHasher<HallAccount>
    {
        public string HashPassword(HallAccount user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(HallAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref counter._verified);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
