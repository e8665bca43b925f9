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

    /// <summary>Identity's own mapping, then the hall's additions: one configuration per record in this folder.</summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly, type => type.Namespace == typeof(AccountsDbContext).Namespace);
    }
}
