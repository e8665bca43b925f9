using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class RectificationFollowUpRecordConfiguration : IEntityTypeConfiguration<RectificationFollowUpRecord>
{
    public void Configure(EntityTypeBuilder<RectificationFollowUpRecord> builder)
    {
        builder.ToTable("rectification_follow_ups");
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => x.RectificationId);
    }
}
