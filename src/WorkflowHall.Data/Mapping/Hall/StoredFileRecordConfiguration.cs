using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class StoredFileRecordConfiguration : IEntityTypeConfiguration<StoredFileRecord>
{
    public void Configure(EntityTypeBuilder<StoredFileRecord> builder)
    {
        builder.ToTable("stored_files");
        builder.HasKey(x => x.Sha256);
        builder.Property(x => x.ContentType).HasMaxLength(Limits.Code);
    }
}
