using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class PersonRecordConfiguration : IEntityTypeConfiguration<PersonRecord>
{
    public void Configure(EntityTypeBuilder<PersonRecord> builder)
    {
        builder.ToTable("people");
        builder.HasKey(x => x.UserName);
        builder.HasIndex(x => x.Number);
    }
}
