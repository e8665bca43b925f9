using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>Parses an expression and type-checks it against the declared variables.</summary>
internal static class ExpressionCheck
{
    public sealed record Outcome(ExpressionError? ParseError, IReadOnlyList<ExpressionError> TypeErrors)
    {
        public bool IsValid => ParseError is null && TypeErrors.Count == 0;
    }

    public static Outcome Check(string text, ProcessDefinition definition, ExpressionValueType expected)
    {
        if (!Expression.TryParse(text, out var expression, out var error))
        {
            return new Outcome(error ?? new ExpressionError(0, "无法解析", "cannot be parsed"), []);
        }

        return new Outcome(null, expression!.TypeCheck(Declared(definition), expected));
    }

    public static IReadOnlyDictionary<string, VariableType> Declared(ProcessDefinition definition) =>
        definition.Variables.DistinctBy(v => v.Name).ToDictionary(v => v.Name, v => v.Type);

    /// <summary>"第 n 个字符处：..." / "at character n: ..." (1-based, as people count).</summary>
    public static (string Zh, string En) Describe(ExpressionError error) =>
        ($"第 {error.Position + 1} 个字符处：{error.MessageZh}", $"at character {error.Position + 1}: {error.MessageEn}");

    public static (string Zh, string En) Describe(IEnumerable<ExpressionError> errors)
    {
        var described = errors.Select(Describe).ToList();
        return (string.Join("；", described.Select(d => d.Zh)), string.Join("; ", described.Select(d => d.En)));
    }
}
