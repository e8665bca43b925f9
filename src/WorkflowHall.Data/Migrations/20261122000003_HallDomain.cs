using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Migrations;

/// <summary>The hall's domain: organisations, posts and people; matters and guide versions; cases, files, materials, special procedures; certificates; ratings and rectification.</summary>
public abstract class HallDomain : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("org_units", t => new
        {
            Code = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Name = t.Column<string>(maxLength: Limits.Name, nullable: false),
            NameEn = t.Column<string>(maxLength: Limits.Name, nullable: true),
            Level = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Kind = t.Column<string>(maxLength: Limits.Code, nullable: false),
            ParentCode = t.Column<string>(maxLength: Limits.Code, nullable: true),
            RegionCode = t.Column<string>(maxLength: Limits.Code, nullable: true),
            Uscc = t.Column<string>(maxLength: Limits.Code, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_org_units", x => x.Code));
        m.CreateIndex("IX_org_units_ParentCode", "org_units", "ParentCode");

        m.CreateTable("posts", t => new
        {
            Code = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Name = t.Column<string>(maxLength: Limits.Name, nullable: false),
            NameEn = t.Column<string>(maxLength: Limits.Name, nullable: true),
            Description = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_posts", x => x.Code));

        m.CreateTable("people", t => new
        {
            UserName = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Name = t.Column<string>(maxLength: Limits.Name, nullable: false),
            Kind = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Number = t.Column<string>(maxLength: Limits.Code, nullable: true),
            Phone = t.Column<string>(maxLength: Limits.Code, nullable: true),
            VillageCode = t.Column<string>(maxLength: Limits.Code, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_people", x => x.UserName));
        m.CreateIndex("IX_people_Number", "people", "Number");

        m.CreateTable("post_holdings", t => new
        {
            UserName = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Post = t.Column<string>(maxLength: Limits.Code, nullable: false),
            UnitCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_post_holdings", x => new { x.UserName, x.Post, x.UnitCode }));
        m.CreateIndex("IX_post_holdings_Post_UnitCode", "post_holdings", ["Post", "UnitCode"]);

        m.CreateTable("matters", t => new
        {
            ImplementationCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Name = t.Column<string>(maxLength: Limits.Name, nullable: false),
            CatalogCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            HandlingUnit = t.Column<string>(maxLength: Limits.Code, nullable: false),
            WorkflowKey = t.Column<string>(maxLength: Limits.Key, nullable: false),
            PublishedVersion = t.Column<int>(nullable: true),
            DraftGuideJson = t.Column<string>(nullable: true),
            Revision = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_matters", x => x.ImplementationCode));
        m.CreateIndex("IX_matters_CatalogCode", "matters", "CatalogCode");

        m.CreateTable("matter_versions", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            ImplementationCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Version = t.Column<int>(nullable: false),
            GuideJson = t.Column<string>(nullable: false),
            PublishedAt = t.Column<DateTime>(nullable: false),
            PublishedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Note = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_matter_versions", x => x.Id));
        m.CreateIndex("IX_matter_versions_ImplementationCode_Version", "matter_versions", ["ImplementationCode", "Version"], unique: true);

        m.CreateTable("cases", t => new
        {
            Id = t.Column<string>(maxLength: Limits.Id, nullable: false),
            CaseNumber = t.Column<string>(maxLength: Limits.Id, nullable: false),
            ImplementationCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            MatterVersion = t.Column<int>(nullable: false),
            MatterName = t.Column<string>(maxLength: Limits.Name, nullable: false),
            ApplicantNumber = t.Column<string>(maxLength: Limits.Code, nullable: false),
            ApplicantKind = t.Column<string>(maxLength: Limits.Code, nullable: false),
            ApplicantName = t.Column<string>(maxLength: Limits.Name, nullable: false),
            ApplicantPhone = t.Column<string>(maxLength: Limits.Code, nullable: true),
            ApplicantUserName = t.Column<string>(maxLength: Limits.Actor, nullable: true),
            AgentUserName = t.Column<string>(maxLength: Limits.Actor, nullable: true),
            AgentUnit = t.Column<string>(maxLength: Limits.Code, nullable: true),
            ConsentRecordedAt = t.Column<DateTime>(nullable: true),
            ConsentNote = t.Column<string>(nullable: true),
            HandlingUnit = t.Column<string>(maxLength: Limits.Code, nullable: false),
            ApplicantVillage = t.Column<string>(maxLength: Limits.Code, nullable: true),
            Status = t.Column<string>(maxLength: Limits.Code, nullable: false),
            FormJson = t.Column<string>(nullable: false),
            Channel = t.Column<string>(maxLength: Limits.Code, nullable: false),
            SubmittedAt = t.Column<DateTime>(nullable: false),
            AcceptedAt = t.Column<DateTime>(nullable: true),
            DecidedAt = t.Column<DateTime>(nullable: true),
            ClosedAt = t.Column<DateTime>(nullable: true),
            SupplementRequestedAt = t.Column<DateTime>(nullable: true),
            SupplementItemsJson = t.Column<string>(nullable: true),
            ExtensionDays = t.Column<int>(nullable: false),
            ExtensionReason = t.Column<string>(nullable: true),
            ExtensionApprovedBy = t.Column<string>(maxLength: Limits.Actor, nullable: true),
            StatutoryDueAt = t.Column<DateTime>(nullable: true),
            PromisedDueAt = t.Column<DateTime>(nullable: true),
            DueProvisional = t.Column<bool>(nullable: false),
            DecisionReason = t.Column<string>(nullable: true),
            DecisionBasis = t.Column<string>(nullable: true),
            Revision = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_cases", x => x.Id));
        m.CreateIndex("IX_cases_CaseNumber", "cases", "CaseNumber", unique: true);
        m.CreateIndex("IX_cases_ApplicantNumber_SubmittedAt", "cases", ["ApplicantNumber", "SubmittedAt"]);
        m.CreateIndex("IX_cases_HandlingUnit_Status", "cases", ["HandlingUnit", "Status"]);
        m.CreateIndex("IX_cases_ImplementationCode_Status", "cases", ["ImplementationCode", "Status"]);

        m.CreateTable("stored_files", t => new
        {
            Sha256 = t.Column<string>(maxLength: Limits.Hash, nullable: false),
            Size = t.Column<long>(nullable: false),
            ContentType = t.Column<string>(maxLength: Limits.Code, nullable: false),
            StoredAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_stored_files", x => x.Sha256));

        m.CreateTable("case_materials", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            CaseId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            MaterialName = t.Column<string>(maxLength: Limits.Name, nullable: false),
            Sha256 = t.Column<string>(maxLength: Limits.Hash, nullable: true),
            FileName = t.Column<string>(maxLength: Limits.Name, nullable: true),
            CertificateIdentifier = t.Column<string>(maxLength: Limits.Name, nullable: true),
            AddedAt = t.Column<DateTime>(nullable: false),
            AddedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_case_materials", x => x.Id));
        m.CreateIndex("IX_case_materials_CaseId", "case_materials", "CaseId");

        m.CreateTable("special_procedures", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            CaseId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            Kind = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Reason = t.Column<string>(nullable: false),
            LegalBasis = t.Column<string>(nullable: true),
            StartedAt = t.Column<DateTime>(nullable: false),
            StartedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            EndedAt = t.Column<DateTime>(nullable: true),
            EndedBy = t.Column<string>(maxLength: Limits.Actor, nullable: true),
            Result = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_special_procedures", x => x.Id));
        m.CreateIndex("IX_special_procedures_CaseId", "special_procedures", "CaseId");

        m.CreateTable("case_number_counters", t => new
        {
            Prefix = t.Column<string>(maxLength: Limits.Id, nullable: false),
            Last = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_case_number_counters", x => x.Prefix));

        m.CreateTable("certificates", t => new
        {
            Identifier = t.Column<string>(maxLength: Limits.Name, nullable: false),
            CaseId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            ImplementationCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            TypeCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Name = t.Column<string>(maxLength: Limits.Name, nullable: false),
            HolderNumber = t.Column<string>(maxLength: Limits.Code, nullable: false),
            HolderName = t.Column<string>(maxLength: Limits.Name, nullable: false),
            IssuerUscc = t.Column<string>(maxLength: Limits.Code, nullable: false),
            IssuerName = t.Column<string>(maxLength: Limits.Name, nullable: false),
            IssuedAt = t.Column<DateTime>(nullable: false),
            ValidUntil = t.Column<DateTime>(nullable: true),
            Status = t.Column<string>(maxLength: Limits.Code, nullable: false),
            PreviousIdentifier = t.Column<string>(maxLength: Limits.Name, nullable: true),
            SurfaceJson = t.Column<string>(nullable: false),
            Signature = t.Column<string>(nullable: false),
            KeyId = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Delivery = t.Column<string>(maxLength: Limits.Code, nullable: true),
            DeliveredAt = t.Column<DateTime>(nullable: true),
            DeliveryNote = t.Column<string>(nullable: true),
            StatusChangedAt = t.Column<DateTime>(nullable: true),
            StatusReason = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_certificates", x => x.Identifier));
        m.CreateIndex("IX_certificates_HolderNumber_TypeCode", "certificates", ["HolderNumber", "TypeCode"]);
        m.CreateIndex("IX_certificates_CaseId", "certificates", "CaseId");

        m.CreateTable("signing_keys", t => new
        {
            KeyId = t.Column<string>(maxLength: Limits.Code, nullable: false),
            PublicKeyPem = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_signing_keys", x => x.KeyId));

        m.CreateTable("ratings", t => new
        {
            CaseId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            Grade = t.Column<int>(nullable: false),
            Channel = t.Column<string>(maxLength: Limits.Code, nullable: false),
            RatedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            RatedAt = t.Column<DateTime>(nullable: false),
            Comment = t.Column<string>(nullable: true),
            ImplementationCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            UnitCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ratings", x => x.CaseId));
        m.CreateIndex("IX_ratings_ImplementationCode_Grade", "ratings", ["ImplementationCode", "Grade"]);
        m.CreateIndex("IX_ratings_UnitCode_Grade", "ratings", ["UnitCode", "Grade"]);

        m.CreateTable("rectifications", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            CaseId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            UnitCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Status = t.Column<string>(maxLength: Limits.Code, nullable: false),
            OpenedAt = t.Column<DateTime>(nullable: false),
            DueAt = t.Column<DateTime>(nullable: false),
            ClosedAt = t.Column<DateTime>(nullable: true),
            Outcome = t.Column<string>(nullable: true),
            Revision = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_rectifications", x => x.Id));
        m.CreateIndex("IX_rectifications_CaseId", "rectifications", "CaseId", unique: true);
        m.CreateIndex("IX_rectifications_Status_DueAt", "rectifications", ["Status", "DueAt"]);

        m.CreateTable("rectification_follow_ups", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            RectificationId = t.Column<long>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            By = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Kind = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Note = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_rectification_follow_ups", x => x.Id));
        m.CreateIndex("IX_rectification_follow_ups_RectificationId", "rectification_follow_ups", "RectificationId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[]
        {
            "rectification_follow_ups", "rectifications", "ratings", "signing_keys", "certificates", "case_number_counters", "special_procedures",
            "case_materials", "stored_files", "cases", "matter_versions", "matters", "post_holdings", "people", "posts", "org_units",
        })
        {
            m.DropTable(table);
        }
    }
}
