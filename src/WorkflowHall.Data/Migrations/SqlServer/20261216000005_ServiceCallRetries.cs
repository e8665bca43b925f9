using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowHall.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ServiceCallRetries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "IncidentAt",
                table: "service_calls",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAt",
                table: "service_calls",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)); // calls already waiting become due at once, as before

            migrationBuilder.CreateIndex(
                name: "IX_service_calls_IncidentAt",
                table: "service_calls",
                column: "IncidentAt");

            migrationBuilder.CreateIndex(
                name: "IX_service_calls_NextAttemptAt",
                table: "service_calls",
                column: "NextAttemptAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_service_calls_IncidentAt",
                table: "service_calls");

            migrationBuilder.DropIndex(
                name: "IX_service_calls_NextAttemptAt",
                table: "service_calls");

            migrationBuilder.DropColumn(
                name: "IncidentAt",
                table: "service_calls");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "service_calls");
        }
    }
}
