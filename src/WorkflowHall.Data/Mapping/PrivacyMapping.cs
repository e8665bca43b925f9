using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

/// <summary>Applicants' personal data: the reveals staff made, and the consent behind an agent's filing.</summary>
internal static class PrivacyMapping
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<PersonalDataRevealRecord>(e =>
        {
            e.ToTable("personal_data_reveals");
            e.HasKey(x => x.Id);
            e.Property(x => x.CaseId).HasMaxLength(Limits.Id);
            e.Property(x => x.CaseNumber).HasMaxLength(Limits.Id);
            e.Property(x => x.UserName).HasMaxLength(Limits.Actor);
            e.Property(x => x.Reason).HasMaxLength(Limits.Name);
            e.Property(x => x.Channel).HasMaxLength(Limits.Code);
            e.HasIndex(x => new { x.CaseId, x.RevealedAt });
        });
        model.Entity<CaseRecord>(e => e.Property(x => x.ConsentDocumentSha256).HasMaxLength(Limits.Hash));
    }
}
