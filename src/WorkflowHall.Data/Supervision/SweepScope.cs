using WorkflowHall.Data.Matters;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Supervision;

/// <summary>What one sweep run knows beyond the rows it reads: the organisation tree, matter types, the options.</summary>
internal sealed class SweepScope(OrgDirectory directory, MatterCatalog matters, SupervisionOptions options)
{
    private readonly Dictionary<(string Code, int Version), string?> _matterTypes = [];

    public SupervisionOptions Options => options;

    /// <summary>事项类型代码 of the case's matter version, from its guide.</summary>
    public async Task<string?> MatterTypeAsync(CaseFacts? c, CancellationToken cancellationToken)
    {
        if (c is null) return null;
        if (_matterTypes.TryGetValue((c.ImplementationCode, c.MatterVersion), out var known)) return known;
        var guide = await matters.GetAsync(c.ImplementationCode, c.MatterVersion, cancellationToken);
        return _matterTypes[(c.ImplementationCode, c.MatterVersion)] = guide?.Guide.MatterType;
    }

    /// <summary>The holders of the supervising post in the nearest unit above <paramref name="unit"/> that has any.</summary>
    public IReadOnlyList<(string User, string Unit)> SupervisorsAbove(string? unit)
    {
        foreach (var above in directory.Ancestry(unit).Skip(1))
        {
            var holders = directory.HoldersOf(options.SupervisingPost, above.Code).Select(user => (user, above.Code)).ToList();
            if (holders.Count > 0) return holders;
        }
        return [];
    }
}
