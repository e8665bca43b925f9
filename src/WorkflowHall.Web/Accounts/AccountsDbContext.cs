using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity's tables and the Data Protection key ring, in the hall's own database beside
/// the hall's model. Its migrations (in <c>Migrations/</c>, one set per provider like the hall's) are
/// recorded in their own history table, so the two models upgrade independently.
/// </summary>
public class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<HallAccount>(options)
{
    public const string MigrationsHistoryTable = "__accounts_migrations";

    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<HallAccount>().Property(a => a.DisplayName).HasMaxLength(200);
        builder.Entity<DataProtectionKeyRecord>(e =>
        {
            e.ToTable("data_protection_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.FriendlyName).HasMaxLength(200);
        });
    }
}
