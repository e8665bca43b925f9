using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowHall.Web.Accounts;

/// <summary>What the hall adds to Identity's user table.</summary>
internal sealed class HallAccountConfiguration : IEntityTypeConfiguration<HallAccount>
{
    public void Configure(EntityTypeBuilder<HallAccount> builder) =>
        builder.Property(a => a.DisplayName).HasMaxLength(200);
}
