using Microsoft.EntityFrameworkCore.Migrations;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Migrations;

/// <summary>Signed checkpoints of the case trails and the supervision log, chained per log.</summary>
public abstract class Checkpoints : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("integrity_checkpoints", t => new
        {
            Log = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Number = t.Column<long>(nullable: false),
            Subject = t.Column<string>(maxLength: Limits.Id, nullable: true),
            Through = t.Column<long>(nullable: false),
            SignedAt = t.Column<DateTime>(nullable: false),
            KeyId = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Payload = t.Column<string>(nullable: false),
            Signature = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_integrity_checkpoints", x => new { x.Log, x.Number }));
        m.CreateIndex("IX_integrity_checkpoints_Log_Subject_Through", "integrity_checkpoints", ["Log", "Subject", "Through"]);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("integrity_checkpoints");
}
