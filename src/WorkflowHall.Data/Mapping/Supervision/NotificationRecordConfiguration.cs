using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Supervision;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Supervision;

internal sealed class NotificationRecordConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Subject).HasMaxLength(Limits.Name);
        builder.HasIndex(x => new { x.Recipient, x.At });
        builder.HasIndex(x => x.SupervisionSequence);
    }
}
