using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Makes sure a fresh hall can take cases: when the standard process has never been published, its
/// file from the workflows folder is imported as the draft and published by "system".
/// </summary>
internal sealed class StandardProcessSeed(DefinitionStore definitions, WorkflowsFolder workflows, ILogger<StandardProcessSeed> logger)
{
    public const string Key = "standard-approval";
    public const string Actor = "system";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if ((await definitions.VersionsAsync(Key, cancellationToken)).Count > 0) return;
        if (workflows.File(Key + ".bpmn") is not { } file)
        {
            logger.LogWarning("{Key} is not published and {File} was not found in {Workflows}; nothing seeded", Key, Key + ".bpmn", workflows.Path ?? "(none)");
            return;
        }

        var draft = await definitions.SaveDraftAsync(await File.ReadAllTextAsync(file, cancellationToken), Actor, Key, cancellationToken);
        if (!draft.Saved)
        {
            logger.LogError("{File} does not read: {Problems}", file, string.Join("; ", draft.Import.Problems));
            return;
        }
        var outcome = await definitions.PublishAsync(Key, Actor, "初始发布 / initial publication", cancellationToken);
        if (outcome.Published is { } published)
        {
            logger.LogInformation("Published {Key} version {Version} from {File}", Key, published.Version, file);
        }
        else if ((await definitions.VersionsAsync(Key, cancellationToken)).Count == 0)
        {
            logger.LogError("{Key} could not be published: {Problems}", Key, string.Join("; ", outcome.Problems));
        }
    }
}
