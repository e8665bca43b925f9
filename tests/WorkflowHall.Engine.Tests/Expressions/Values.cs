using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Tests.Expressions;

/// <summary>Small builders that keep the tests about the expressions rather than about dictionaries.</summary>
internal static class Values
{
    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Of(params (string Name, object? Value)[] pairs)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            map[name] = value;
        }

        return map;
    }

    public static IReadOnlyList<object?> List(params object?[] items) => items;

    public static object? Evaluate(string text, IReadOnlyDictionary<string, object?>? variables = null) =>
        Expression.Parse(text).Evaluate(variables ?? None);

    public static ExpressionError ParseError(string text) =>
        Assert.Throws<ExpressionException>(() => Expression.Parse(text)).Error;

    public static ExpressionError EvaluationError(string text, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var expression = Expression.Parse(text);
        return Assert.Throws<ExpressionException>(() => expression.Evaluate(variables ?? None)).Error;
    }
}
