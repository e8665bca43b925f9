using Microsoft.EntityFrameworkCore.Migrations;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Migrations;

/// <summary>Administrators' run-time changes: calendar years saved in the database (they replace the year's file) and setting groups.</summary>
public abstract class Administration : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("calendar_years", t => new
        {
            Year = t.Column<int>(nullable: false),
            Json = t.Column<string>(nullable: false),
            Revision = t.Column<int>(nullable: false),
            SavedAt = t.Column<DateTime>(nullable: false),
            SavedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_calendar_years", x => x.Year));

        m.CreateTable("hall_settings", t => new
        {
            Key = t.Column<string>(maxLength: Limits.Code, nullable: false),
            Json = t.Column<string>(nullable: false),
            Revision = t.Column<int>(nullable: false),
            SavedAt = t.Column<DateTime>(nullable: false),
            SavedBy = t.Column<string>(maxLength: Limits.Actor, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_hall_settings", x => x.Key));
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("hall_settings");
        m.DropTable("calendar_years");
    }
}
