using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Data.Migrations;

/// <summary>
/// Service calls retried on a schedule: when each call is next due (pending calls become due at once,
/// as they were before) and when it stopped being retried and became an incident (故障).
/// </summary>
[DbContext(typeof(HallDbContext))]
[Migration("20261217000001_ServiceCallRetries")]
public sealed class ServiceCallRetries : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTime>("NextAttemptAt", "service_calls", nullable: false, defaultValue: new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        m.AddColumn<DateTime>("IncidentAt", "service_calls", nullable: true);
        m.CreateIndex("IX_service_calls_NextAttemptAt", "service_calls", "NextAttemptAt");
        m.CreateIndex("IX_service_calls_IncidentAt", "service_calls", "IncidentAt");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_service_calls_IncidentAt", "service_calls");
        m.DropIndex("IX_service_calls_NextAttemptAt", "service_calls");
        m.DropColumn("IncidentAt", "service_calls");
        m.DropColumn("NextAttemptAt", "service_calls");
    }
}
