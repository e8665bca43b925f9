using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class PostRecordConfiguration : IEntityTypeConfiguration<PostRecord>
{
    public void Configure(EntityTypeBuilder<PostRecord> builder)
    {
        builder.ToTable("posts");
        builder.HasKey(x => x.Code);
    }
}
