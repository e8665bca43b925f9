using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class PostHoldingRecordConfiguration : IEntityTypeConfiguration<PostHoldingRecord>
{
    public void Configure(EntityTypeBuilder<PostHoldingRecord> builder)
    {
        builder.ToTable("post_holdings");
        builder.HasKey(x => new { x.UserName, x.Post, x.UnitCode });
        builder.HasIndex(x => new { x.Post, x.UnitCode });
    }
}
