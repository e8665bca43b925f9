using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// The rows one case leaves once its script has run: the case, its instance, open work items, timers,
/// pending service calls, trail, materials and special procedures. Filled step by step exactly as the
/// runtime fills a tracked context, then written out in bulk.
/// </summary>
internal sealed class CaseRows : IDeferredStateRows
{
    private readonly Dictionary<string, WorkItemRecord> _workItems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimerRecord> _timers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServiceCallRecord> _serviceCalls = new(StringComparer.Ordinal);

    public required CaseRecord Case { get; init; }
    public required InstanceRecord Instance { get; init; }
    public List<TrailEventRecord> Trail { get; } = [];
    public List<CaseMaterialRecord> Materials { get; } = [];
    public List<SpecialProcedureRecord> Procedures { get; } = [];
    /// <summary>Steps with a time limit that closed, as supervision's on-time figures read them.</summary>
    public List<Records.Supervision.StepClosureRecord> Closures { get; } = [];
    public IEnumerable<WorkItemRecord> WorkItems => _workItems.Values;
    public IEnumerable<TimerRecord> Timers => _timers.Values;
    public IEnumerable<ServiceCallRecord> ServiceCalls => _serviceCalls.Values;

    public void Add(object row)
    {
        switch (row)
        {
            case TrailEventRecord e: Trail.Add(e); break;
            case Records.Supervision.StepClosureRecord c: Closures.Add(c); break;
            default: Update(row); break;
        }
    }

    public void Update(object row)
    {
        switch (row)
        {
            case WorkItemRecord w: _workItems[w.Id] = w; break;
            case TimerRecord t: _timers[t.Id] = t; break;
            case ServiceCallRecord c: _serviceCalls[c.Id] = c; break;
            default: throw new InvalidOperationException($"A step does not write {row.GetType().Name} rows.");
        }
    }

    public void Remove(object row)
    {
        switch (row)
        {
            case WorkItemRecord w: _workItems.Remove(w.Id); break;
            case TimerRecord t: _timers.Remove(t.Id); break;
            case ServiceCallRecord c: _serviceCalls.Remove(c.Id); break;
            default: throw new InvalidOperationException($"A step does not remove {row.GetType().Name} rows.");
        }
    }
}
