using System.Collections;
using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// An instance's trail as read from the database: every event that still reads, in order, and the rows that no
/// longer do (a kind the engine does not record: the row was rewritten outside the hall). Reading never fails on
/// such a row, so that the rest of the trail can still be shown and the broken event named.
/// </summary>
public sealed class StoredTrail : IReadOnlyList<TrailEvent>
{
    private readonly List<TrailEvent> _events;

    private StoredTrail(List<TrailEvent> events, List<TrailEventRecord> unreadable)
    {
        _events = events;
        Unreadable = unreadable;
    }

    /// <summary>The rows that could not be read as events, in sequence order.</summary>
    public IReadOnlyList<TrailEventRecord> Unreadable { get; }

    public int Count => _events.Count;

    public TrailEvent this[int index] => _events[index];

    public static StoredTrail Read(IEnumerable<TrailEventRecord> rows)
    {
        var events = new List<TrailEvent>();
        var unreadable = new List<TrailEventRecord>();
        foreach (var row in rows)
        {
            if (InstanceWriter.TryTrail(row) is { } e) events.Add(e);
            else unreadable.Add(row);
        }
        return new StoredTrail(events, unreadable);
    }

    /// <summary>Why a row cannot be read, in the words of <see cref="TrailVerifier"/>'s reasons.</summary>
    public static string UnreadableReason(TrailEventRecord row) =>
        $"its kind \"{row.Kind}\" is not a kind of event the engine records (the row was rewritten)";

    public IEnumerator<TrailEvent> GetEnumerator() => _events.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
