using WorkflowHall.Data.Records.Supervision;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// What the sweep found, before it has a place in the chain: the record's content, who to notify, and
/// whether it opens or closes a breach.
/// </summary>
internal sealed record SupervisionFinding(SupervisionRecord Content)
{
    /// <summary>User names and the unit where they hold the supervising post.</summary>
    public IReadOnlyList<(string User, string Unit)> Notify { get; init; } = [];

    /// <summary>A red deadline breach, tracked until it is corrected.</summary>
    public bool OpensBreach { get; init; }

    /// <summary>The open breach this correction closes.</summary>
    public string? ClosesBreach { get; init; }

    public string DedupKey => Content.DedupKey;

    /// <summary>subject|trigger|level|due: the same trigger seen twice (a retry, two nodes, a restart) gives the same key.</summary>
    public static string Key(string subjectKind, string subjectId, string trigger, SupervisionLevel level, DateTime dueAt) =>
        $"{subjectKind}:{subjectId}|{trigger}|{(int)level}|{SupervisionTime.Key(dueAt)}";
}
