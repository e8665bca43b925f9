using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Seeding;

/// <summary>Rows to write together, in one transaction, grouped by table in the order they are written.</summary>
internal sealed class BulkBatch
{
    private readonly Dictionary<Type, List<object>> _rows = [];

    public int Count { get; private set; }

    public void Add(object row)
    {
        if (!_rows.TryGetValue(row.GetType(), out var list)) _rows[row.GetType()] = list = [];
        list.Add(row);
        Count++;
    }

    public void AddRange(IEnumerable<object> rows)
    {
        foreach (var row in rows) Add(row);
    }

    public IReadOnlyList<object> Rows(Type type) => _rows.TryGetValue(type, out var list) ? list : [];

    public void Add(CaseRows rows)
    {
        Add(rows.Case);
        Add(rows.Instance);
        AddRange(rows.Materials);
        AddRange(rows.Procedures);
        AddRange(rows.WorkItems);
        AddRange(rows.Timers);
        AddRange(rows.ServiceCalls);
        AddRange(rows.Trail);
        AddRange(rows.Closures);
    }
}
