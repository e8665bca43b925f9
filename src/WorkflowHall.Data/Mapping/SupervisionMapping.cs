namespace WorkflowHall.Data.Mapping;

/// <summary>The supervision log's one length that is neither a code, a name nor an id; the migrations use it too.</summary>
internal static class SupervisionMapping
{
    /// <summary>A finding's deduplication key: subject, rule, level and due time together (a correction prefixes another key).</summary>
    public const int DedupKeyLength = 400;
}
