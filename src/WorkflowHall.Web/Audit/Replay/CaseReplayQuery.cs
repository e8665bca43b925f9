using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Web.Api.Instances;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>Reads a <see cref="CaseReplay"/> by case number: the trail, its check, the versions' diagrams and the names of everyone who acted.</summary>
public sealed class CaseReplayQuery(
    IDbContextFactory<HallDbContext> contexts,
    WorkflowRuntime runtime,
    DefinitionStore definitions,
    MatterCatalog matters,
    HallDirectory directory,
    WorkingDayCalendar calendar,
    CheckpointVerifier checkpoints)
{
    public async Task<CaseReplay?> LoadAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var number = caseNumber.Trim();
        if (await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNumber == number, cancellationToken) is not { } record) return null;
        if (await runtime.FindAsync(record.Id, cancellationToken) is not { } instance) return null;

        var trail = await runtime.TrailAsync(record.Id, cancellationToken);
        var integrity = await TrailReplay.VerifyAsync(instance, trail, definitions, checkpoints, cancellationToken);
        // A state edited in the database is named on the page; the trail, its check and the replay do not need it.
        var state = StoredInstanceState.TryRead(instance, out var stateUnreadable);
        var used = TrailVersions.Of(trail) ?? new TrailVersions(instance.DefinitionKey, instance.DefinitionVersion, [instance.DefinitionVersion]);

        var versions = new SortedDictionary<int, ProcessDefinition>();
        var diagrams = new SortedDictionary<int, string>();
        foreach (var version in used.Versions.Append(instance.DefinitionVersion).Distinct())
        {
            if (await definitions.GetAsync(used.DefinitionKey, version, cancellationToken) is not { } published) continue;
            versions[version] = published.Definition;
            diagrams[version] = Diagram(published);
        }

        var actors = trail.Select(e => e.Actor)
            .Concat((state?.Clock.Pauses ?? []).SelectMany(p => new[] { p.StartedBy, p.EndedBy }))
            .OfType<string>().Distinct().ToList();
        // Staff act in their office and are named; a citizen acting on their own case (applying, supplementing) is an
        // applicant, shown to the auditors as the masking rule shows applicants (PersonalDataView: the family name).
        var people = await db.People.AsNoTracking().Where(p => actors.Contains(p.UserName))
            .ToDictionaryAsync(p => p.UserName, p => p.Kind == "person" ? PersonalDataMask.MaskName(p.Name) : p.Name, cancellationToken);
        var guide = (await matters.GetAsync(record.ImplementationCode, record.MatterVersion, cancellationToken))?.Guide;
        var unit = (await directory.GetAsync(cancellationToken)).Find(record.HandlingUnit);

        var point = integrity.FirstBrokenSequence is { } broken ? new TrailVerificationPoint(broken, ByPosition: true)
            : integrity.Checkpoints?.FirstMismatchSequence is { } rewritten ? new TrailVerificationPoint(rewritten, ByPosition: false)
            : integrity.FirstDivergentSequence is { } divergent ? new TrailVerificationPoint(divergent, ByPosition: false)
            : null;
        var steps = new ReplayStepBuilder(versions, people, record, guide, state?.Clock.Pauses ?? [], calendar)
            .Build(trail, used.StartVersion, ReplayStepBuilder.TroubleIndex(trail, point));
        return new CaseReplay(record, guide, unit, used.StartVersion, steps, diagrams, integrity) { StateUnreadable = stateUnreadable };
    }

    /// <summary>The version's own file when its diagram covers every node; otherwise the engine's export, which lays out what is missing.</summary>
    private static string Diagram(PublishedDefinition published)
    {
        var definition = published.Definition;
        return definition.Diagram is { } diagram && definition.Nodes.All(n => diagram.Shapes.ContainsKey(n.Id))
            ? published.Record.Bpmn
            : BpmnWriter.Write(definition);
    }
}
