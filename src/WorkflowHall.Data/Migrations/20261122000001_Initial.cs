using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Migrations;

/// <summary>The first schema: definitions, instances, the inbox read model, timers, service calls, trail, audit, archive.</summary>
public abstract class Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("definition_versions", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            Key = t.Column<string>(maxLength: Limits.Key, nullable: false),
            Version = t.Column<int>(nullable: false),
            Name = t.Column<string>(maxLength: Limits.Name, nullable: true),
            Bpmn = t.Column<string>(nullable: false),
            PublishedAt = t.Column<DateTime>(nullable: false),
            PublishedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Note = t.Column<string>(nullable: true),
            RetiredAt = t.Column<DateTime>(nullable: true),
            RetiredBy = t.Column<string>(maxLength: Limits.Actor, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_definition_versions", x => x.Id));
        m.CreateIndex("IX_definition_versions_Key_Version", "definition_versions", ["Key", "Version"], unique: true);

        m.CreateTable("definition_drafts", t => new
        {
            Key = t.Column<string>(maxLength: Limits.Key, nullable: false),
            Name = t.Column<string>(maxLength: Limits.Name, nullable: true),
            Bpmn = t.Column<string>(nullable: false),
            SavedAt = t.Column<DateTime>(nullable: false),
            SavedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Revision = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_definition_drafts", x => x.Key));

        m.CreateTable("instances", t => new
        {
            Id = t.Column<string>(maxLength: Limits.Id, nullable: false),
            DefinitionKey = t.Column<string>(maxLength: Limits.Key, nullable: false),
            DefinitionVersion = t.Column<int>(nullable: false),
            Status = t.Column<string>(maxLength: Limits.Code, nullable: false),
            HandlingUnit = t.Column<string>(maxLength: Limits.Code, nullable: true),
            BusinessKey = t.Column<string>(maxLength: Limits.Id, nullable: true),
            StartedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            StartedAt = t.Column<DateTime>(nullable: false),
            EndedAt = t.Column<DateTime>(nullable: true),
            EndNodeId = t.Column<string>(maxLength: Limits.Id, nullable: true),
            Revision = t.Column<int>(nullable: false),
            TrailLength = t.Column<long>(nullable: false),
            TrailHead = t.Column<string>(maxLength: Limits.Hash, nullable: false),
            StateJson = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_instances", x => x.Id));
        m.CreateIndex("IX_instances_DefinitionKey_DefinitionVersion_Status", "instances", ["DefinitionKey", "DefinitionVersion", "Status"]);
        m.CreateIndex("IX_instances_Status_EndedAt", "instances", ["Status", "EndedAt"]);

        m.CreateTable("work_items", t => new
        {
            Id = t.Column<string>(maxLength: Limits.Id * 2, nullable: false),
            InstanceId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            EngineId = t.Column<string>(maxLength: Limits.Code, nullable: false),
            DefinitionKey = t.Column<string>(maxLength: Limits.Key, nullable: false),
            NodeId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            NodeName = t.Column<string>(maxLength: Limits.Name, nullable: true),
            Status = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Assignee = t.Column<string>(maxLength: Limits.Actor, nullable: true),
            Owner = t.Column<string>(maxLength: Limits.Actor, nullable: true),
            CandidatePost = t.Column<string>(maxLength: Limits.Code, nullable: true),
            CandidateGroups = t.Column<string>(nullable: true),
            CandidateUsers = t.Column<string>(nullable: true),
            HandlingUnit = t.Column<string>(maxLength: Limits.Code, nullable: true),
            Stage = t.Column<string>(maxLength: Limits.Code, nullable: true),
            OpenedAt = t.Column<DateTime>(nullable: false),
            DueAt = t.Column<DateTime>(nullable: true),
            DueProvisional = t.Column<bool>(nullable: false),
            WarningAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_work_items", x => x.Id));
        m.CreateIndex("IX_work_items_CandidatePost_HandlingUnit_DueAt", "work_items", ["CandidatePost", "HandlingUnit", "DueAt"]);
        m.CreateIndex("IX_work_items_Assignee_DueAt", "work_items", ["Assignee", "DueAt"]);
        m.CreateIndex("IX_work_items_InstanceId", "work_items", "InstanceId");

        m.CreateTable("timers", t => new
        {
            Id = t.Column<string>(maxLength: Limits.Id * 2, nullable: false),
            InstanceId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            EngineId = t.Column<string>(maxLength: Limits.Code, nullable: false),
            NodeId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            DueAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_timers", x => x.Id));
        m.CreateIndex("IX_timers_DueAt", "timers", "DueAt");
        m.CreateIndex("IX_timers_InstanceId", "timers", "InstanceId");

        m.CreateTable("service_calls", t => new
        {
            Id = t.Column<string>(maxLength: Limits.Id * 2, nullable: false),
            InstanceId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            EngineId = t.Column<string>(maxLength: Limits.Code, nullable: false),
            NodeId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            Handler = t.Column<string>(maxLength: Limits.Name, nullable: false),
            VariablesJson = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_service_calls", x => x.Id));
        m.CreateIndex("IX_service_calls_InstanceId", "service_calls", "InstanceId");

        m.CreateTable("trail_events", t => new
        {
            InstanceId = t.Column<string>(maxLength: Limits.Id, nullable: false),
            Sequence = t.Column<long>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            Actor = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Kind = t.Column<string>(maxLength: Limits.Code, nullable: false),
            NodeId = t.Column<string>(maxLength: Limits.Id, nullable: true),
            WorkItemId = t.Column<string>(maxLength: Limits.Code, nullable: true),
            Outcome = t.Column<string>(maxLength: Limits.Code, nullable: true),
            Opinion = t.Column<string>(nullable: true),
            Detail = t.Column<string>(nullable: true),
            VariablesJson = t.Column<string>(nullable: true),
            Command = t.Column<string>(nullable: true),
            StateHash = t.Column<string>(maxLength: Limits.Hash, nullable: true),
            PreviousHash = t.Column<string>(maxLength: Limits.Hash, nullable: false),
            Hash = t.Column<string>(maxLength: Limits.Hash, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_trail_events", x => new { x.InstanceId, x.Sequence }));

        m.CreateTable("audit_records", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            At = t.Column<DateTime>(nullable: false),
            Actor = t.Column<string>(maxLength: Limits.Actor, nullable: false),
            Action = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Subject = t.Column<string>(maxLength: Limits.Name, nullable: false),
            Detail = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_audit_records", x => x.Id));
        m.CreateIndex("IX_audit_records_At", "audit_records", "At");

        m.CreateTable("archived_instances", t => new
        {
            Id = t.Column<string>(maxLength: Limits.Id, nullable: false),
            DefinitionKey = t.Column<string>(maxLength: Limits.Key, nullable: false),
            DefinitionVersion = t.Column<int>(nullable: false),
            EndedAt = t.Column<DateTime>(nullable: false),
            ArchivedAt = t.Column<DateTime>(nullable: false),
            ArchiveJson = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_archived_instances", x => x.Id));
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "archived_instances", "audit_records", "trail_events", "service_calls", "timers", "work_items", "instances", "definition_drafts", "definition_versions" })
        {
            m.DropTable(table);
        }
    }
}
