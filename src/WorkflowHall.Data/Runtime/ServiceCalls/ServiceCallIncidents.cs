using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Data.Runtime.ServiceCalls;

/// <summary>The incidents (故障) administrators see: every one, or one instance's, newest first.</summary>
public sealed class ServiceCallIncidents(IDbContextFactory<HallDbContext> contexts, DefinitionStore definitions)
{
    /// <summary>Listed at most; an administrator fixes a handler long before this many pile up.</summary>
    public const int Limit = 500;

    public Task<IReadOnlyList<ServiceCallIncident>> ListAsync(CancellationToken cancellationToken = default) => QueryAsync(null, cancellationToken);

    public Task<IReadOnlyList<ServiceCallIncident>> ForInstanceAsync(string instanceId, CancellationToken cancellationToken = default) =>
        QueryAsync(instanceId, cancellationToken);

    private async Task<IReadOnlyList<ServiceCallIncident>> QueryAsync(string? instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calls = db.ServiceCalls.AsNoTracking().Where(c => c.IncidentAt != null);
        if (instanceId is not null) calls = calls.Where(c => c.InstanceId == instanceId);
        var rows = await (
                from call in calls
                join instance in db.Instances on call.InstanceId equals instance.Id
                join hallCase in db.Cases on call.InstanceId equals hallCase.Id into cases
                from hallCase in cases.DefaultIfEmpty()
                orderby call.IncidentAt descending, call.Id
                select new { call, instance.DefinitionKey, instance.DefinitionVersion, CaseNumber = hallCase == null ? null : hallCase.CaseNumber })
            .Take(Limit).ToListAsync(cancellationToken);

        List<ServiceCallIncident> incidents = [];
        foreach (var row in rows)
        {
            var definition = await definitions.GetAsync(row.DefinitionKey, row.DefinitionVersion, cancellationToken);
            var step = definition?.Definition.Nodes.FirstOrDefault(n => n.Id == row.call.NodeId)?.DisplayName ?? row.call.NodeId;
            incidents.Add(new ServiceCallIncident(row.call.InstanceId, row.call.EngineId, row.CaseNumber, row.call.NodeId, step, row.call.Handler,
                row.call.Attempts, row.call.LastError, StoredTime.FromStored(row.call.IncidentAt!.Value)));
        }
        return incidents;
    }
}
