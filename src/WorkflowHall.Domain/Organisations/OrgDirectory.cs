using System.Collections.Frozen;

namespace WorkflowHall.Domain.Organisations;

/// <summary>
/// The organisation tree and who holds which post where: does this person hold that post in that unit?
/// </summary>
public sealed class OrgDirectory
{
    private readonly FrozenDictionary<string, OrgUnit> _units;
    private readonly FrozenSet<(string User, string Post, string Unit)> _holdings;

    public OrgDirectory(IEnumerable<OrgUnit> units, IEnumerable<PostHolding> holdings)
    {
        _units = units.ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);
        _holdings = holdings.Select(h => (h.UserName, h.Post, h.UnitCode)).ToFrozenSet();
    }

    public static OrgDirectory Empty { get; } = new([], []);

    public IEnumerable<OrgUnit> Units => _units.Values;

    public OrgUnit? Find(string? code) => code is not null && _units.TryGetValue(code, out var unit) ? unit : null;

    public bool Holds(string userName, string post, string? unit) => unit is not null && _holdings.Contains((userName, post, unit));

    /// <summary>The posts and units a person holds, for their inbox.</summary>
    public IEnumerable<(string Post, string Unit)> PostsOf(string userName) =>
        _holdings.Where(h => h.User == userName).Select(h => (h.Post, h.Unit));

    /// <summary>Who holds <paramref name="post"/> in exactly <paramref name="unit"/>, by user name.</summary>
    public IEnumerable<string> HoldersOf(string post, string unit) =>
        _holdings.Where(h => h.Post == post && h.Unit == unit).Select(h => h.User).Order(StringComparer.Ordinal);

    /// <summary>The units from <paramref name="code"/> up to the root.</summary>
    public IEnumerable<OrgUnit> Ancestry(string? code)
    {
        for (var unit = Find(code); unit is not null; unit = Find(unit.ParentCode)) yield return unit;
    }
}

/// <summary>A person holding a post in a unit (one person may hold several).</summary>
public sealed record PostHolding(string UserName, string Post, string UnitCode);
