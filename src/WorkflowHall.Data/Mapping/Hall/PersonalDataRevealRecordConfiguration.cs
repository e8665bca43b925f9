using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class PersonalDataRevealRecordConfiguration : IEntityTypeConfiguration<PersonalDataRevealRecord>
{
    public void Configure(EntityTypeBuilder<PersonalDataRevealRecord> builder)
    {
        builder.ToTable("personal_data_reveals");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Reason).HasMaxLength(Limits.Name);
        builder.HasIndex(x => new { x.CaseId, x.RevealedAt });
    }
}
