namespace WorkflowHall.Web.Api.Instances;

/// <summary>
/// Moving one instance to another version. Nodes map to the same id unless <see cref="NodeMapping"/> says
/// otherwise. A dry run (the default) only reports whether the plan fits; send <c>dryRun: false</c> to apply it.
/// </summary>
public sealed record MigrateInstanceRequest(int ToVersion, Dictionary<string, string>? NodeMapping = null, bool DryRun = true,
    string? Reason = null);
