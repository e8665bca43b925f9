using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Data.Migrations;

/// <summary>
/// Adds <c>instances.UpdatedAt</c> (filled for existing rows from when they ended or started) and the
/// indexes behind "recently changed" and "where is it stuck" (open items by process step).
/// </summary>
public abstract class InstanceActivity : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTime>("UpdatedAt", "instances", nullable: false, defaultValue: new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        m.Sql("""UPDATE instances SET "UpdatedAt" = COALESCE("EndedAt", "StartedAt");""");
        m.CreateIndex("IX_instances_UpdatedAt", "instances", "UpdatedAt");
        m.CreateIndex("IX_work_items_DefinitionKey_NodeId", "work_items", ["DefinitionKey", "NodeId"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_work_items_DefinitionKey_NodeId", "work_items");
        m.DropIndex("IX_instances_UpdatedAt", "instances");
        m.DropColumn("UpdatedAt", "instances");
    }
}
