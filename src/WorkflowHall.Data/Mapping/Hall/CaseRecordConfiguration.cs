using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(Limits.Id);
        builder.Property(x => x.ApplicantVillage).HasMaxLength(Limits.Code);
        builder.Property(x => x.Revision).IsConcurrencyToken();
        builder.HasIndex(x => x.CaseNumber).IsUnique();
        builder.HasIndex(x => new { x.ApplicantNumber, x.SubmittedAt });
        builder.HasIndex(x => new { x.HandlingUnit, x.Status });
        builder.HasIndex(x => new { x.ImplementationCode, x.Status });
        // What the supervision sweep finds due by: one indexed column each, so a sweep reads only what fell due.
        builder.HasIndex(x => x.SuperviseAt);
        builder.HasIndex(x => x.DecidedAt);
        // The dashboard's applications in a period (online application rate).
        builder.HasIndex(x => x.SubmittedAt);
    }
}
