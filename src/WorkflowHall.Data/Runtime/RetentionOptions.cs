namespace WorkflowHall.Data.Runtime;

public enum RetentionMode
{
    /// <summary>Move ended instances with their whole trail into <c>archived_instances</c>.</summary>
    Archive,
    /// <summary>Delete them outright (an audit record still says how many and when).</summary>
    Delete,
}

/// <summary>How long ended instances stay in the working tables (configuration section <c>Retention</c>). Off by default.</summary>
public sealed class RetentionOptions
{
    /// <summary>Years after an instance ended before retention takes it; null keeps everything.</summary>
    public int? Years { get; set; }

    public RetentionMode Mode { get; set; } = RetentionMode.Archive;
}
