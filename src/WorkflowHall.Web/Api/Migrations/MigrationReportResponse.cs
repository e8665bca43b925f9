using WorkflowHall.Data.Runtime;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api.Migrations;

/// <summary>How many running instances a plan concerns, how many moved (none on a dry run), and every problem found.</summary>
public sealed record MigrationReportResponse(bool DryRun, int Instances, int Migrated, bool CanApply, IReadOnlyList<MigrationProblemItem> Problems)
{
    public static MigrationReportResponse From(MigrationReport report, bool dryRun) =>
        new(dryRun, report.Instances, report.Migrated, report.CanApply, report.Problems.Select(MigrationProblemItem.From).ToList());
}
