using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Expressions;

// API CONTRACT STUB — the Expressions helper replaces the bodies; signatures are relied on elsewhere.

/// <summary>
/// A parsed <c>${...}</c> expression (Camunda 7 / Flowable / JUEL form), evaluated in a sandbox:
/// variables and member access, literals, comparison, arithmetic, boolean logic. No method calls,
/// no reflection, no I/O.
/// </summary>
public sealed class Expression
{
    public string Text { get; } = "";

    /// <summary>Root variable names the expression reads.</summary>
    public IReadOnlySet<string> Variables { get; } = new HashSet<string>();

    /// <summary>Parses <c>${...}</c>, <c>#{...}</c> or a bare expression. Throws <see cref="ExpressionException"/>.</summary>
    public static Expression Parse(string text) => throw new NotImplementedException();

    public static bool TryParse(string text, out Expression? expression, out ExpressionError? error) => throw new NotImplementedException();

    /// <summary>
    /// Type-checks against declared variable types (undeclared variables are of unknown type) and the
    /// type the caller expects; returns every error found (empty when well-typed).
    /// </summary>
    public IReadOnlyList<ExpressionError> TypeCheck(IReadOnlyDictionary<string, VariableType> declared, ExpressionValueType expected)
        => throw new NotImplementedException();

    /// <summary>Evaluates; values are null, bool, decimal, string, lists and string-keyed maps. Throws <see cref="ExpressionException"/>.</summary>
    public object? Evaluate(IReadOnlyDictionary<string, object?> variables) => throw new NotImplementedException();

    /// <summary>Evaluates a condition; a non-boolean result is an <see cref="ExpressionException"/>.</summary>
    public bool EvaluateBoolean(IReadOnlyDictionary<string, object?> variables) => throw new NotImplementedException();
}

public enum ExpressionValueType
{
    Any,
    Null,
    Boolean,
    Number,
    String,
    List,
    Map,
}

/// <summary>An error at a position of the expression text (0-based), in Chinese and English.</summary>
public sealed record ExpressionError(int Position, string MessageZh, string MessageEn);

public sealed class ExpressionException(ExpressionError error) : Exception(error.MessageEn)
{
    public ExpressionError Error { get; } = error;
}
