using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class RatingRecordConfiguration : IEntityTypeConfiguration<RatingRecord>
{
    public void Configure(EntityTypeBuilder<RatingRecord> builder)
    {
        builder.ToTable("ratings");
        builder.HasKey(x => x.CaseId);
        builder.HasIndex(x => new { x.ImplementationCode, x.Grade });
        builder.HasIndex(x => new { x.UnitCode, x.Grade });
    }
}
