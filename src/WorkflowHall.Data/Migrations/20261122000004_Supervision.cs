using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using WorkflowHall.Data.Mapping;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Migrations;

/// <summary>
/// Electronic supervision: the hash-chained log, its open breaches, notifications and closed steps; and
/// <c>SuperviseAt</c> on work items and cases, the indexed column the sweep finds what fell due by
/// (filled for existing rows: a work item's warning or deadline, an undecided accepted case at once).
/// </summary>
public abstract class Supervision : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("supervision_log", t => new
        {
            Sequence = t.Column<long>(nullable: false),
            RecordNumber = t.Column<string>(maxLength: 20, nullable: false),
            CaseId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            CaseNumber = t.Column<string>(maxLength: Limits.Id, nullable: true),
            MatterType = t.Column<string>(maxLength: Limits.Code, nullable: true),
            ImplementationCode = t.Column<string>(maxLength: Limits.Code, nullable: true),
            UnitCode = t.Column<string>(maxLength: Limits.Code, nullable: true),
            ResponsibleUnit = t.Column<string>(maxLength: Limits.Code, nullable: true),
            SubjectKind = t.Column<string>(maxLength: Limits.Code, nullable: false),
            SubjectId = t.Column<string>(maxLength: Limits.Id * 2, nullable: false),
            NodeId = t.Column<string>(maxLength: Limits.Id, nullable: true),
            StepName = t.Column<string>(maxLength: Limits.Name, nullable: true),
            Post = t.Column<string>(maxLength: Limits.Code, nullable: true),
            Assignee = t.Column<string>(maxLength: Limits.Actor, nullable: true),
            RuleCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Level = t.Column<int>(nullable: false),
            DueAt = t.Column<DateTime>(nullable: false),
            NoticedAt = t.Column<DateTime>(nullable: false),
            OverdueMinutes = t.Column<long>(nullable: false),
            Description = t.Column<string>(nullable: false),
            DedupKey = t.Column<string>(maxLength: SupervisionMapping.DedupKeyLength, nullable: false),
            CorrectsSequence = t.Column<long>(nullable: true),
            PreviousHash = t.Column<string>(maxLength: Limits.Hash, nullable: false),
            Hash = t.Column<string>(maxLength: Limits.Hash, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_supervision_log", x => x.Sequence));
        m.CreateIndex("IX_supervision_log_DedupKey", "supervision_log", "DedupKey", unique: true);
        m.CreateIndex("IX_supervision_log_RecordNumber", "supervision_log", "RecordNumber", unique: true);
        m.CreateIndex("IX_supervision_log_NoticedAt", "supervision_log", "NoticedAt");
        m.CreateIndex("IX_supervision_log_UnitCode_NoticedAt", "supervision_log", ["UnitCode", "NoticedAt"]);
        m.CreateIndex("IX_supervision_log_ImplementationCode_NoticedAt", "supervision_log", ["ImplementationCode", "NoticedAt"]);
        m.CreateIndex("IX_supervision_log_SubjectId_RuleCode", "supervision_log", ["SubjectId", "RuleCode"]);
        m.CreateIndex("IX_supervision_log_CorrectsSequence", "supervision_log", "CorrectsSequence");

        m.CreateTable("supervision_open_breaches", t => new
        {
            DedupKey = t.Column<string>(maxLength: SupervisionMapping.DedupKeyLength, nullable: false),
            Sequence = t.Column<long>(nullable: false),
            SubjectKind = t.Column<string>(maxLength: Limits.Code, nullable: false),
            SubjectId = t.Column<string>(maxLength: Limits.Id * 2, nullable: false),
            RuleCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            DueAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_supervision_open_breaches", x => x.DedupKey));
        m.CreateIndex("IX_supervision_open_breaches_SubjectKind_SubjectId", "supervision_open_breaches", ["SubjectKind", "SubjectId"]);

        m.CreateTable("notifications", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            At = t.Column<DateTime>(nullable: false),
            Recipient = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Post = t.Column<string>(maxLength: Limits.Code, nullable: false),
            UnitCode = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Subject = t.Column<string>(maxLength: Limits.Name, nullable: false),
            Body = t.Column<string>(nullable: false),
            SupervisionSequence = t.Column<long>(nullable: true),
            ReadAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_notifications", x => x.Id));
        m.CreateIndex("IX_notifications_Recipient_At", "notifications", ["Recipient", "At"]);
        m.CreateIndex("IX_notifications_SupervisionSequence", "notifications", "SupervisionSequence");

        m.CreateTable("step_closures", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            WorkItemId = t.Column<string>(maxLength: Limits.Id * 2, nullable: false),
            InstanceId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            NodeId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            NodeName = t.Column<string>(maxLength: Limits.Name, nullable: true),
            HandlingUnit = t.Column<string>(maxLength: Limits.Code, nullable: true),
            CandidatePost = t.Column<string>(maxLength: Limits.Code, nullable: true),
            ClosedBy = t.Column<string>(maxLength: Limits.Actor, nullable: true),
            Reason = t.Column<string>(maxLength: Limits.Code, nullable: false),
            OpenedAt = t.Column<DateTime>(nullable: false),
            DueAt = t.Column<DateTime>(nullable: false),
            ClosedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_step_closures", x => x.Id));
        m.CreateIndex("IX_step_closures_WorkItemId", "step_closures", "WorkItemId");
        m.CreateIndex("IX_step_closures_ClosedAt", "step_closures", "ClosedAt");
        m.CreateIndex("IX_step_closures_HandlingUnit_ClosedAt", "step_closures", ["HandlingUnit", "ClosedAt"]);

        m.AddColumn<DateTime>("SuperviseAt", "work_items", nullable: true);
        m.Sql("""
            UPDATE work_items SET "SuperviseAt" = CASE WHEN "WarningAt" IS NOT NULL AND "WarningAt" < "DueAt" THEN "WarningAt" ELSE "DueAt" END
            WHERE "DueAt" IS NOT NULL AND "DueAt" < '9999-01-01';
            """);
        m.CreateIndex("IX_work_items_SuperviseAt", "work_items", "SuperviseAt");

        m.AddColumn<DateTime>("SuperviseAt", "cases", nullable: true);
        m.Sql("""
            UPDATE cases SET "SuperviseAt" = "AcceptedAt" WHERE "AcceptedAt" IS NOT NULL AND "DecidedAt" IS NULL AND "ClosedAt" IS NULL;
            """);
        m.CreateIndex("IX_cases_SuperviseAt", "cases", "SuperviseAt");
        m.CreateIndex("IX_cases_DecidedAt", "cases", "DecidedAt");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_cases_DecidedAt", "cases");
        m.DropIndex("IX_cases_SuperviseAt", "cases");
        m.DropColumn("SuperviseAt", "cases");
        m.DropIndex("IX_work_items_SuperviseAt", "work_items");
        m.DropColumn("SuperviseAt", "work_items");
        foreach (var table in new[] { "step_closures", "notifications", "supervision_open_breaches", "supervision_log" })
        {
            m.DropTable(table);
        }
    }
}
