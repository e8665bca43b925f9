namespace WorkflowHall.Data.Records.Supervision;

/// <summary>
/// One entry of the electronic supervision log (电子监察, GB/T 39046 table 11): a warning, a breach or
/// a correction. Appended once, hash-chained to the entry before it in <see cref="Sequence"/> order, and
/// never edited; a later correction is an entry of its own.
/// </summary>
public sealed class SupervisionRecord
{
    /// <summary>The chain's order: 1, 2, 3 … with no gaps; unique, so two nodes cannot both take the same place.</summary>
    public long Sequence { get; set; }
    /// <summary>监察编号 (an..20): "JC", the China date it was noticed and the sequence.</summary>
    public required string RecordNumber { get; set; }
    public required string CaseId { get; set; }
    /// <summary>办件编号; null for an instance that is not a case.</summary>
    public string? CaseNumber { get; set; }
    /// <summary>事项类型代码 (GB/T 39046 A.1: 01 行政许可 …).</summary>
    public string? MatterType { get; set; }
    public string? ImplementationCode { get; set; }
    /// <summary>机构: the supervised body, the case's handling unit.</summary>
    public string? UnitCode { get; set; }
    /// <summary>责任部门: the unit whose post holds the step (the handling unit for a case-level record).</summary>
    public string? ResponsibleUnit { get; set; }
    /// <summary><c>step</c> or <c>case</c>.</summary>
    public required string SubjectKind { get; set; }
    /// <summary>The work item row id for a step, the case id for a case.</summary>
    public required string SubjectId { get; set; }
    public string? NodeId { get; set; }
    public string? StepName { get; set; }
    public string? Post { get; set; }
    public string? Assignee { get; set; }
    /// <summary>监察规则编号, one of <see cref="WorkflowHall.Data.Supervision.SupervisionRules"/>.</summary>
    public required string RuleCode { get; set; }
    /// <summary>监察预警类型代码 (n1): 1 yellow warning, 2 red breach, 3 correction.</summary>
    public int Level { get; set; }
    /// <summary>When the record fell due: the warning time of a yellow, the deadline of a red, the breached deadline of a correction.</summary>
    public DateTime DueAt { get; set; }
    /// <summary>状态产生时间: when the sweep noticed it (after <see cref="DueAt"/> by the sweep's lag, or by a downtime).</summary>
    public DateTime NoticedAt { get; set; }
    /// <summary>How late, in minutes: noticed after the deadline for a red, completed after it for a correction; 0 for a yellow.</summary>
    public long OverdueMinutes { get; set; }
    /// <summary>监察结果描述, in Chinese.</summary>
    public required string Description { get; set; }
    /// <summary>What makes the record unique: subject, trigger, level and due time. A second insert of the same key is refused.</summary>
    public required string DedupKey { get; set; }
    /// <summary>For a correction, the breach it corrects.</summary>
    public long? CorrectsSequence { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
