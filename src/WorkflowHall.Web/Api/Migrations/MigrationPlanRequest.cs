namespace WorkflowHall.Web.Api.Migrations;

/// <summary>
/// Moving every running instance of one version to another. Nodes map to the same id unless
/// <see cref="NodeMapping"/> says otherwise. A dry run (the default) only reports; send <c>dryRun: false</c> to apply.
/// </summary>
public sealed record MigrationPlanRequest(string Key, int FromVersion, int ToVersion, Dictionary<string, string>? NodeMapping = null,
    bool DryRun = true, string? Reason = null);
