using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

/// <summary>Tables of the hall's domain: organisations, posts and people, matters, cases, certificates, ratings.</summary>
internal static class HallDomainMapping
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<OrgUnitRecord>(e =>
        {
            e.ToTable("org_units");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(Limits.Code);
            e.Property(x => x.Name).HasMaxLength(Limits.Name);
            e.Property(x => x.NameEn).HasMaxLength(Limits.Name);
            e.Property(x => x.Level).HasMaxLength(Limits.Code);
            e.Property(x => x.Kind).HasMaxLength(Limits.Code);
            e.Property(x => x.ParentCode).HasMaxLength(Limits.Code);
            e.Property(x => x.RegionCode).HasMaxLength(Limits.Code);
            e.Property(x => x.Uscc).HasMaxLength(Limits.Code);
            e.HasIndex(x => x.ParentCode);
        });
        model.Entity<PostRecord>(e =>
        {
            e.ToTable("posts");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(Limits.Code);
            e.Property(x => x.Name).HasMaxLength(Limits.Name);
            e.Property(x => x.NameEn).HasMaxLength(Limits.Name);
        });
        model.Entity<PersonRecord>(e =>
        {
            e.ToTable("people");
            e.HasKey(x => x.UserName);
            e.Property(x => x.UserName).HasMaxLength(Limits.Actor);
            e.Property(x => x.Name).HasMaxLength(Limits.Name);
            e.Property(x => x.Kind).HasMaxLength(Limits.Code);
            e.Property(x => x.Number).HasMaxLength(Limits.Code);
            e.Property(x => x.Phone).HasMaxLength(Limits.Code);
            e.Property(x => x.VillageCode).HasMaxLength(Limits.Code);
            e.HasIndex(x => x.Number);
        });
        model.Entity<PostHoldingRecord>(e =>
        {
            e.ToTable("post_holdings");
            e.HasKey(x => new { x.UserName, x.Post, x.UnitCode });
            e.Property(x => x.UserName).HasMaxLength(Limits.Actor);
            e.Property(x => x.Post).HasMaxLength(Limits.Code);
            e.Property(x => x.UnitCode).HasMaxLength(Limits.Code);
            e.HasIndex(x => new { x.Post, x.UnitCode });
        });
        model.Entity<MatterRecord>(e =>
        {
            e.ToTable("matters");
            e.HasKey(x => x.ImplementationCode);
            e.Property(x => x.ImplementationCode).HasMaxLength(Limits.Code);
            e.Property(x => x.Name).HasMaxLength(Limits.Name);
            e.Property(x => x.CatalogCode).HasMaxLength(Limits.Code);
            e.Property(x => x.HandlingUnit).HasMaxLength(Limits.Code);
            e.Property(x => x.WorkflowKey).HasMaxLength(Limits.Key);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.CatalogCode);
        });
        model.Entity<MatterVersionRecord>(e =>
        {
            e.ToTable("matter_versions");
            e.HasKey(x => x.Id);
            e.Property(x => x.ImplementationCode).HasMaxLength(Limits.Code);
            e.Property(x => x.PublishedBy).HasMaxLength(Limits.Actor);
            e.HasIndex(x => new { x.ImplementationCode, x.Version }).IsUnique();
        });
        model.Entity<CaseRecord>(e =>
        {
            e.ToTable("cases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(Limits.Id);
            e.Property(x => x.CaseNumber).HasMaxLength(Limits.Id);
            e.Property(x => x.ImplementationCode).HasMaxLength(Limits.Code);
            e.Property(x => x.MatterName).HasMaxLength(Limits.Name);
            e.Property(x => x.ApplicantNumber).HasMaxLength(Limits.Code);
            e.Property(x => x.ApplicantKind).HasMaxLength(Limits.Code);
            e.Property(x => x.ApplicantName).HasMaxLength(Limits.Name);
            e.Property(x => x.ApplicantPhone).HasMaxLength(Limits.Code);
            e.Property(x => x.ApplicantUserName).HasMaxLength(Limits.Actor);
            e.Property(x => x.AgentUserName).HasMaxLength(Limits.Actor);
            e.Property(x => x.AgentUnit).HasMaxLength(Limits.Code);
            e.Property(x => x.HandlingUnit).HasMaxLength(Limits.Code);
            e.Property(x => x.ApplicantVillage).HasMaxLength(Limits.Code);
            e.Property(x => x.Status).HasMaxLength(Limits.Code);
            e.Property(x => x.Channel).HasMaxLength(Limits.Code);
            e.Property(x => x.ExtensionApprovedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.CaseNumber).IsUnique();
            e.HasIndex(x => new { x.ApplicantNumber, x.SubmittedAt });
            e.HasIndex(x => new { x.HandlingUnit, x.Status });
            e.HasIndex(x => new { x.ImplementationCode, x.Status });
        });
        model.Entity<StoredFileRecord>(e =>
        {
            e.ToTable("stored_files");
            e.HasKey(x => x.Sha256);
            e.Property(x => x.Sha256).HasMaxLength(Limits.Hash);
            e.Property(x => x.ContentType).HasMaxLength(Limits.Code);
        });
        model.Entity<CaseMaterialRecord>(e =>
        {
            e.ToTable("case_materials");
            e.HasKey(x => x.Id);
            e.Property(x => x.CaseId).HasMaxLength(Limits.Id);
            e.Property(x => x.MaterialName).HasMaxLength(Limits.Name);
            e.Property(x => x.Sha256).HasMaxLength(Limits.Hash);
            e.Property(x => x.FileName).HasMaxLength(Limits.Name);
            e.Property(x => x.CertificateIdentifier).HasMaxLength(Limits.Name);
            e.Property(x => x.AddedBy).HasMaxLength(Limits.Actor);
            e.HasIndex(x => x.CaseId);
        });
        model.Entity<SpecialProcedureRecord>(e =>
        {
            e.ToTable("special_procedures");
            e.HasKey(x => x.Id);
            e.Property(x => x.CaseId).HasMaxLength(Limits.Id);
            e.Property(x => x.Kind).HasMaxLength(Limits.Code);
            e.Property(x => x.StartedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.EndedBy).HasMaxLength(Limits.Actor);
            e.HasIndex(x => x.CaseId);
        });
        model.Entity<CaseNumberCounterRecord>(e =>
        {
            e.ToTable("case_number_counters");
            e.HasKey(x => x.Prefix);
            e.Property(x => x.Prefix).HasMaxLength(Limits.Id);
            e.Property(x => x.Last).IsConcurrencyToken();
        });
        model.Entity<CertificateRecord>(e =>
        {
            e.ToTable("certificates");
            e.HasKey(x => x.Identifier);
            e.Property(x => x.Identifier).HasMaxLength(Limits.Name);
            e.Property(x => x.CaseId).HasMaxLength(Limits.Id);
            e.Property(x => x.ImplementationCode).HasMaxLength(Limits.Code);
            e.Property(x => x.TypeCode).HasMaxLength(Limits.Code);
            e.Property(x => x.Name).HasMaxLength(Limits.Name);
            e.Property(x => x.HolderNumber).HasMaxLength(Limits.Code);
            e.Property(x => x.HolderName).HasMaxLength(Limits.Name);
            e.Property(x => x.IssuerUscc).HasMaxLength(Limits.Code);
            e.Property(x => x.IssuerName).HasMaxLength(Limits.Name);
            e.Property(x => x.Status).HasMaxLength(Limits.Code);
            e.Property(x => x.PreviousIdentifier).HasMaxLength(Limits.Name);
            e.Property(x => x.KeyId).HasMaxLength(Limits.Code);
            e.Property(x => x.Delivery).HasMaxLength(Limits.Code);
            e.HasIndex(x => new { x.HolderNumber, x.TypeCode });
            e.HasIndex(x => x.CaseId);
        });
        model.Entity<SigningKeyRecord>(e =>
        {
            e.ToTable("signing_keys");
            e.HasKey(x => x.KeyId);
            e.Property(x => x.KeyId).HasMaxLength(Limits.Code);
        });
        model.Entity<RatingRecord>(e =>
        {
            e.ToTable("ratings");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.CaseId).HasMaxLength(Limits.Id);
            e.Property(x => x.Channel).HasMaxLength(Limits.Code);
            e.Property(x => x.RatedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.ImplementationCode).HasMaxLength(Limits.Code);
            e.Property(x => x.UnitCode).HasMaxLength(Limits.Code);
            e.HasIndex(x => new { x.ImplementationCode, x.Grade });
            e.HasIndex(x => new { x.UnitCode, x.Grade });
        });
        model.Entity<RectificationRecord>(e =>
        {
            e.ToTable("rectifications");
            e.HasKey(x => x.Id);
            e.Property(x => x.CaseId).HasMaxLength(Limits.Id);
            e.Property(x => x.UnitCode).HasMaxLength(Limits.Code);
            e.Property(x => x.Status).HasMaxLength(Limits.Code);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.CaseId).IsUnique();
            e.HasIndex(x => new { x.Status, x.DueAt });
        });
        model.Entity<RectificationFollowUpRecord>(e =>
        {
            e.ToTable("rectification_follow_ups");
            e.HasKey(x => x.Id);
            e.Property(x => x.By).HasMaxLength(Limits.Actor);
            e.Property(x => x.Kind).HasMaxLength(Limits.Code);
            e.HasIndex(x => x.RectificationId);
        });
    }
}
