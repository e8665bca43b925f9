using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Migrations;

/// <summary>Staff's reveals of an applicant's full data (查看完整信息), and an agent's filing's signed consent form and its revocation.</summary>
public abstract class PersonalDataAndAgentConsent : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("personal_data_reveals", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            CaseId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            CaseNumber = t.Column<string>(maxLength: Limits.Id, nullable: false),
            UserName = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            RevealedAt = t.Column<DateTime>(nullable: false),
            Reason = t.Column<string>(maxLength: Limits.Name, nullable: false),
            Channel = t.Column<string>(maxLength: Limits.Code, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_personal_data_reveals", x => x.Id));
        m.CreateIndex("IX_personal_data_reveals_CaseId_RevealedAt", "personal_data_reveals", ["CaseId", "RevealedAt"]);

        m.AddColumn<string>("ConsentDocumentSha256", "cases", maxLength: Limits.Hash, nullable: true);
        m.AddColumn<DateTime>("ConsentRevokedAt", "cases", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("ConsentRevokedAt", "cases");
        m.DropColumn("ConsentDocumentSha256", "cases");
        m.DropTable("personal_data_reveals");
    }
}
