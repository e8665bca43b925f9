using System.Diagnostics.CodeAnalysis;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Expressions.Syntax;

namespace WorkflowHall.Engine.Expressions;

/// <summary>
/// A parsed <c>${...}</c> expression (Camunda 7 / Flowable / JUEL form), evaluated in a sandbox:
/// variables and member access, literals, comparison, arithmetic, boolean logic. No method calls,
/// no reflection, no I/O.
/// </summary>
/// <remarks>
/// Parse once and keep the instance: it is immutable and safe to evaluate from many threads.
/// A variable missing from the supplied values reads as null (unlike Camunda, which throws), so
/// <c>${remark == null}</c> works; reading a member or index of null also yields null. Using null
/// where a value is needed — ordering, arithmetic, <c>&amp;&amp;</c>, a condition's result — is an
/// <see cref="ExpressionException"/> that names the variable.
/// </remarks>
public sealed class Expression
{
    private readonly ExpressionNode _root;
    private readonly Evaluator _evaluator;

    private Expression(string text, SyntaxTree tree)
    {
        Text = text;
        Variables = tree.Variables;
        _root = tree.Root;
        _evaluator = new Evaluator(text);
    }

    public string Text { get; }

    /// <summary>Root variable names the expression reads.</summary>
    public IReadOnlySet<string> Variables { get; }

    /// <summary>Parses <c>${...}</c>, <c>#{...}</c> or a bare expression. Throws <see cref="ExpressionException"/>.</summary>
    public static Expression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Expression(text, Parser.Parse(text));
    }

    public static bool TryParse(string text, [NotNullWhen(true)] out Expression? expression, [NotNullWhen(false)] out ExpressionError? error)
    {
        try
        {
            expression = Parse(text ?? "");
            error = null;
            return true;
        }
        catch (ExpressionException exception)
        {
            expression = null;
            error = exception.Error;
            return false;
        }
    }

    /// <summary>
    /// Type-checks against declared variable types (undeclared variables are of unknown type) and the
    /// type the caller expects; returns every error found (empty when well-typed).
    /// </summary>
    public IReadOnlyList<ExpressionError> TypeCheck(IReadOnlyDictionary<string, VariableType> declared, ExpressionValueType expected)
    {
        ArgumentNullException.ThrowIfNull(declared);
        return new TypeChecker(declared, Text).Check(_root, expected);
    }

    /// <summary>Evaluates; values are null, bool, decimal, string, lists and string-keyed maps. Throws <see cref="ExpressionException"/>.</summary>
    public object? Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return _evaluator.Evaluate(_root, variables);
    }

    /// <summary>Evaluates a condition; a non-boolean result is an <see cref="ExpressionException"/>.</summary>
    public bool EvaluateBoolean(IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return _evaluator.EvaluateCondition(_root, variables);
    }

    public override string ToString() => Text;
}
