using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowHall.Web.Accounts.Migrations.Sqlite
{
    /// <summary>
    /// Changes nothing: the hand-written migrations before it already made this schema. Made by <c>dotnet ef migrations add</c>
    /// and then emptied, it carries SQLite's first model snapshot (its Designer), so the tool diffs every later change from here.
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
