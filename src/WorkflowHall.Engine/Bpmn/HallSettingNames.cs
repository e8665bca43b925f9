using System.Collections.Frozen;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>How hall settings are spelled in the file, both ways.</summary>
internal static class HallSettingNames
{
    public static readonly FrozenDictionary<string, HallStage> Stages = new Dictionary<string, HallStage>
    {
        ["accept"] = HallStage.Accept,
        ["review"] = HallStage.Review,
        ["approve"] = HallStage.Approve,
        ["issue"] = HallStage.Issue,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, UnitRule> Units = new Dictionary<string, UnitRule>
    {
        ["handling"] = UnitRule.HandlingUnit,
        ["parent"] = UnitRule.ParentUnit,
        ["applicant-village"] = UnitRule.ApplicantVillage,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, TimeLimitUnit> TimeLimitUnits = new Dictionary<string, TimeLimitUnit>
    {
        ["workingDays"] = TimeLimitUnit.WorkingDays,
        ["naturalDays"] = TimeLimitUnit.NaturalDays,
        ["hours"] = TimeLimitUnit.Hours,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, VariableType> VariableTypes = new Dictionary<string, VariableType>
    {
        ["string"] = VariableType.String,
        ["number"] = VariableType.Number,
        ["boolean"] = VariableType.Boolean,
        ["list"] = VariableType.List,
        ["map"] = VariableType.Map,
    }.ToFrozenDictionary();

    /// <summary>
    /// The hall's own attributes, by the BPMN element that carries them: what the reader takes and the writer writes,
    /// and what the designer declares in <c>Client/src/designer/hall-moddle.json</c> (a test keeps the two equal).
    /// </summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Attributes = new Dictionary<string, FrozenSet<string>>
    {
        ["userTask"] = new[] { "stage", "post", "unit", "timeLimit", "timeLimitUnit", "warningBefore", "warningShare", "actions", "formKey" }.ToFrozenSet(),
        ["serviceTask"] = new[] { "handler" }.ToFrozenSet(),
        ["variable"] = new[] { "name", "type" }.ToFrozenSet(),
    }.ToFrozenDictionary();

    /// <summary>The hall's own elements: the process's declared variables, <c>hall:variables</c> holding <c>hall:variable</c>s.</summary>
    public static readonly FrozenSet<string> Elements = new[] { "variables", "variable" }.ToFrozenSet();

    public static string Name<T>(IReadOnlyDictionary<string, T> names, T value) where T : struct, Enum =>
        names.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
