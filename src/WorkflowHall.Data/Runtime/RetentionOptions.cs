using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Data.Runtime;

public enum RetentionMode
{
    /// <summary>Move ended instances with their whole trail into <c>archived_instances</c>.</summary>
    Archive,
    /// <summary>Delete them outright (an audit record still says how many and when).</summary>
    Delete,
}

/// <summary>How long ended instances stay in the working tables (configuration section <c>Retention</c>). Off by default.</summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string Section = "Retention";

    /// <summary>Years after an instance ended before retention takes it; null keeps everything.</summary>
    public int? Years { get; set; }

    public RetentionMode Mode { get; set; } = RetentionMode.Archive;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Years is < 1) yield return new ValidationResult("须为至少 1 年，或留空以保留全部 / must be at least 1 year, or empty to keep everything", [nameof(Years)]);
        if (!Enum.IsDefined(Mode)) yield return new ValidationResult("须为 Archive 或 Delete / must be Archive or Delete", [nameof(Mode)]);
    }
}
