using System.Globalization;
using System.Text.RegularExpressions;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>Verifies an instance's trail against the definition versions it ran on, loaded from the store.</summary>
internal static partial class TrailReplay
{
    public static async Task<VerificationResponse> VerifyAsync(InstanceRecord instance, IReadOnlyList<TrailEvent> trail, DefinitionStore definitions,
        CancellationToken cancellationToken)
    {
        var versions = new Dictionary<int, ProcessDefinition>();
        foreach (var record in await definitions.VersionsAsync(instance.DefinitionKey, cancellationToken))
        {
            if (await definitions.GetAsync(record.Key, record.Version, cancellationToken) is { } published) versions[record.Version] = published.Definition;
        }
        var start = StartVersion(instance, trail);
        var verification = TrailVerifier.Verify(v => versions.GetValueOrDefault(v), instance.DefinitionKey, start, trail);
        var replayed = trail.Where(e => e.Kind == TrailEventKind.InstanceMigrated).Select(TargetVersion).OfType<int>().Prepend(start).Distinct().ToList();
        return VerificationResponse.From(instance.Id, verification, replayed);
    }

    /// <summary>
    /// The version the instance started on: its current one, unless it was migrated — then the version the
    /// first migration left, which its trail record names ("v1 -> v2: …").
    /// </summary>
    private static int StartVersion(InstanceRecord instance, IReadOnlyList<TrailEvent> trail) =>
        trail.FirstOrDefault(e => e.Kind == TrailEventKind.InstanceMigrated) is { Detail: { } detail } && MigrationDetail().Match(detail) is { Success: true } match
            ? int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture)
            : instance.DefinitionVersion;

    private static int? TargetVersion(TrailEvent migrated) =>
        migrated.Detail is { } detail && MigrationDetail().Match(detail) is { Success: true } match
            ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^v(?<from>\d+) -> v(?<to>\d+)")]
    private static partial Regex MigrationDetail();
}
