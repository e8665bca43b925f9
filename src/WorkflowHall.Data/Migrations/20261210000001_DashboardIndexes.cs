using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Data.Migrations;

/// <summary>The supervision dashboard's index: cases by submission time, for the applications of a period by channel.</summary>
public abstract class DashboardIndexes : Migration
{
    protected override void Up(MigrationBuilder m) => m.CreateIndex("IX_cases_SubmittedAt", "cases", "SubmittedAt");

    protected override void Down(MigrationBuilder m) => m.DropIndex("IX_cases_SubmittedAt", "cases");
}
