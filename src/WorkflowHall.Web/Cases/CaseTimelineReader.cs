using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Cases;

/// <summary>
/// Turns a case's trail into the timeline people read: the command heads that mean something to an
/// applicant (submitted, accepted, supplement requested and answered, reviewed, returned, decided,
/// issued, clock stopped and resumed, extended, withdrawn), each with its step's name and the actor's
/// display name; staff also see the internal acts (claims, transfers, delegations, added signers,
/// timers firing, cancellation). The engine's bookkeeping (tokens, flows) is left out.
/// </summary>
public sealed class CaseTimelineReader(DefinitionStore definitions, IDbContextFactory<HallDbContext> contexts)
{
    public const string SystemActor = "system";

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(CaseDossier dossier, TimelineAudience audience, CancellationToken cancellationToken = default)
    {
        var definition = (await definitions.GetAsync(dossier.State.DefinitionKey, dossier.State.DefinitionVersion, cancellationToken))?.Definition;
        var actors = dossier.Trail.Select(e => e.Actor).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = await db.People.AsNoTracking().Where(p => actors.Contains(p.UserName)).ToDictionaryAsync(p => p.UserName, p => p.Name, cancellationToken);

        var entries = new List<TimelineEntry>();
        foreach (var e in dossier.Trail)
        {
            var actor = e.Actor == SystemActor ? "系统" : names.GetValueOrDefault(e.Actor, e.Actor);
            var node = e.NodeId is { } id && definition?.Graph.TryGetNode(id, out var found) == true ? found : null;
            if ((Describe(e, node, actor) ?? (audience == TimelineAudience.Staff ? DescribeInternal(e, node, actor) : null)) is { } entry)
            {
                entries.Add(entry with { IsAct = e.Actor != SystemActor && entry.Kind is not ("timer-fired" or "completed") });
            }
        }
        return entries;
    }

    private static TimelineEntry? Describe(TrailEventRecord e, FlowNode? node, string actor)
    {
        var at = StoredTime.FromStored(e.At);
        var (stepZh, stepEn) = StepName(node);
        TimelineEntry Entry(string kind, string zh, string en) => new(at, kind, zh, en, stepZh, stepEn, actor) { Detail = Blank(e.Opinion) };

        switch (Enum.TryParse<TrailEventKind>(e.Kind, out var kind) ? kind : (TrailEventKind?)null)
        {
            case TrailEventKind.InstanceStarted:
                return Entry("submitted", "提交申请", "Application submitted") with { Detail = null };
            case TrailEventKind.WorkItemCompleted:
                return Completed(e, node, Entry);
            case TrailEventKind.ClockPaused:
                return Entry("clock-paused", "特别程序开始，办理时限暂停计算", "Special procedure started; the time limit stops") with { Detail = AfterKind(e.Detail) };
            case TrailEventKind.ClockResumed:
                return Entry("clock-resumed", "特别程序结束，办理时限恢复计算", "Special procedure ended; the time limit runs again") with { Detail = Blank(e.Detail) };
            case TrailEventKind.Annotated when e.Outcome == "extension":
                return Entry("extended", "延长办理期限", "Time limit extended") with { Detail = Blank(e.Detail) };
            case TrailEventKind.InstanceWithdrawn:
                return Entry("withdrawn", "申请人撤回申请", "Application withdrawn") with { Detail = Blank(e.Detail) };
            default:
                return null;
        }
    }

    /// <summary>What staff also see: the clerks' own commands and the system's doings.</summary>
    private static TimelineEntry? DescribeInternal(TrailEventRecord e, FlowNode? node, string actor)
    {
        var at = StoredTime.FromStored(e.At);
        var (stepZh, stepEn) = StepName(node);
        TimelineEntry Entry(string kind, string zh, string en) => new(at, kind, zh, en, stepZh, stepEn, actor) { Detail = Blank(e.Opinion) ?? Blank(e.Detail) };

        return (Enum.TryParse<TrailEventKind>(e.Kind, out var kind) ? kind : (TrailEventKind?)null) switch
        {
            TrailEventKind.ReturnedToStep => Entry("returned", "退回", "Returned"),
            TrailEventKind.WorkItemClaimed => Entry("claimed", "签收", "Claimed"),
            TrailEventKind.WorkItemReassigned => Entry("reassigned", "转办", "Reassigned"),
            TrailEventKind.WorkItemDelegated => Entry("delegated", "委派", "Delegated"),
            TrailEventKind.DelegationResolved => Entry("delegation-resolved", "委派办毕", "Delegation resolved"),
            TrailEventKind.SignersAdded => Entry("signers-added", "加签", "Signers added"),
            TrailEventKind.SignerRemoved => Entry("signer-removed", "减签", "Signer removed"),
            TrailEventKind.InstanceCancelled => Entry("cancelled", "强制终止", "Terminated"),
            TrailEventKind.TimerFired => Entry("timer-fired", "时限到期", "Time limit reached"),
            TrailEventKind.Annotated => Entry("annotated", "备注", "Note"),
            TrailEventKind.InstanceCompleted => Entry("completed", "办理结束", "Case ended"),
            _ => null,
        };
    }

    private static TimelineEntry Completed(TrailEventRecord e, FlowNode? node, Func<string, string, string, TimelineEntry> entry)
    {
        var countersign = node is UserTask { MultiInstance: not null };
        return e.Outcome switch
        {
            HallActions.Accept => entry("accepted", "受理", "Accepted"),
            HallActions.RefuseAccept => entry("not-accepted", "不予受理", "Not accepted") with { Basis = Variable(e, "refusalBasis") },
            HallActions.RequestSupplement => entry("supplement-requested", "一次性告知补正材料", "Supplement of materials requested")
                with { Detail = null, Items = Items(e) },
            HallActions.Supplement => entry("supplemented", "已补正材料", "Materials supplemented"),
            HallActions.Review => entry("reviewed", "审核通过", "Reviewed"),
            HallActions.Return => entry("returned", "退回", "Returned"),
            HallActions.Approve when countersign => entry("countersigned", "同意", "Agreed"),
            HallActions.Approve => entry("approved", "准予许可", "Approved"),
            HallActions.Reject => entry("countersign-rejected", "不同意", "Disagreed"),
            HallActions.Refuse => entry("refused", "不予许可", "Refused") with { Basis = Variable(e, "refusalBasis") },
            HallActions.Issue => entry("issued", "办结，制发结果", "Closed; result issued"),
            _ => entry("step-completed", "办理完成", "Step completed"),
        };
    }

    /// <summary>The step's Chinese name, and its English from the first clause of its documentation (the hall's files keep English there).</summary>
    private static (string? Zh, string? En) StepName(FlowNode? node)
    {
        if (node is null) return (null, null);
        var en = node.Documentation is { Length: > 0 } doc ? doc.Split(':', 2)[0].Trim() : null;
        return (node.DisplayName, en);
    }

    private static IReadOnlyList<string> Items(TrailEventRecord e)
    {
        if (Variables(e) is { } variables && variables.TryGetProperty("supplementItems", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            return [.. items.EnumerateArray().Select(i => i.GetString()).OfType<string>()];
        }
        return e.Opinion is { Length: > 0 } opinion ? opinion.Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
    }

    private static string? Variable(TrailEventRecord e, string name) =>
        Variables(e) is { } variables && variables.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? Variables(TrailEventRecord e)
    {
        if (e.VariablesJson is not { Length: > 0 } json) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
    }

    /// <summary>A clock pause is recorded as "Kind: reason"; the reader wants the reason.</summary>
    private static string? AfterKind(string? detail) =>
        detail is { } text && text.IndexOf(": ", StringComparison.Ordinal) is var colon and >= 0 ? Blank(text[(colon + 2)..]) : Blank(detail);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
