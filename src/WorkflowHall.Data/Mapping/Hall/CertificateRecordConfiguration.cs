using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class CertificateRecordConfiguration : IEntityTypeConfiguration<CertificateRecord>
{
    public void Configure(EntityTypeBuilder<CertificateRecord> builder)
    {
        builder.ToTable("certificates");
        builder.HasKey(x => x.Identifier);
        builder.Property(x => x.Delivery).HasMaxLength(Limits.Code);
        builder.HasIndex(x => new { x.HolderNumber, x.TypeCode });
        builder.HasIndex(x => x.CaseId);
    }
}
