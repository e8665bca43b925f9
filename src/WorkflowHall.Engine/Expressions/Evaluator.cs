using System.Diagnostics;
using WorkflowHall.Engine.Expressions.Syntax;

namespace WorkflowHall.Engine.Expressions;

/// <summary>
/// Walks a parsed tree against a set of variables. Stateless apart from the source text it quotes in
/// errors, so one instance serves every evaluation on every thread. The hot path allocates only when
/// it produces a new number (a boxed decimal); booleans come from <see cref="BoxedBoolean"/>.
/// </summary>
internal sealed class Evaluator(string text)
{
    public object? Evaluate(ExpressionNode node, IReadOnlyDictionary<string, object?> variables)
    {
        switch (node)
        {
            case VariableNode variable:
                return ReadVariable(variable, variables);
            case LiteralNode literal:
                return literal.Value;
            case OperatorChainNode chain:
                return EvaluateChain(chain, variables);
            case MemberNode member:
                return ReadMember(member, variables);
            case IndexNode index:
                return ReadIndex(index, variables);
            case UnaryNode unary:
                return EvaluateUnary(unary, variables);
            case ConditionalNode conditional:
                return EvaluateConditional(conditional, variables);
            default:
                throw new UnreachableException($"Unknown expression node {node.GetType().Name}.");
        }
    }

    public bool EvaluateCondition(ExpressionNode root, IReadOnlyDictionary<string, object?> variables) =>
        Evaluate(root, variables) switch
        {
            bool result => result,
            null => throw EvaluationErrors.ConditionIsNull(root.Start, Describe(root)),
            var other => throw Fail(TypeErrors.ResultMustBe(root.Start, ExpressionValueType.Boolean, ValueConversions.KindOf(other))),
        };

    // A missing variable reads as null, so "${remark == null}" works without declaring remark.
    private object? ReadVariable(VariableNode variable, IReadOnlyDictionary<string, object?> variables) =>
        variables.TryGetValue(variable.Name, out var raw) ? Normalize(raw, variable) : null;

    // As in JUEL, reading a member of null yields null rather than failing: "${form.remark == null}"
    // works whether form or its remark is missing.
    private object? ReadMember(MemberNode member, IReadOnlyDictionary<string, object?> variables)
    {
        var target = Evaluate(member.Target, variables);
        return target switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> map => map.TryGetValue(member.Name, out var raw) ? Normalize(raw, member) : null,
            _ => throw Fail(TypeErrors.NoMembers(member.NamePosition, Describe(member.Target), ValueConversions.KindOf(target), member.Name)),
        };
    }

    private object? ReadIndex(IndexNode index, IReadOnlyDictionary<string, object?> variables)
    {
        var target = Evaluate(index.Target, variables);
        if (target is null)
        {
            return null;
        }

        var key = Evaluate(index.Index, variables);
        switch (target)
        {
            case IReadOnlyDictionary<string, object?> map:
                return key is string name
                    ? map.TryGetValue(name, out var raw) ? Normalize(raw, index) : null
                    : throw KeyError(index, key, TypeErrors.MapKeyNotString(index.Index.Start, ValueConversions.KindOf(key)));
            case IReadOnlyList<object?> list when key is decimal position:
                if (position != decimal.Truncate(position))
                {
                    throw EvaluationErrors.ListIndexNotWhole(index.Index.Start, position);
                }

                // Out of range reads as null, like a missing map key.
                return position >= 0 && position < list.Count ? Normalize(list[(int)position], index) : null;
            case IReadOnlyList<object?>:
                throw KeyError(index, key, TypeErrors.ListIndexNotNumber(index.Index.Start, ValueConversions.KindOf(key)));
            default:
                throw Fail(TypeErrors.CannotIndex(index.BracketPosition, Describe(index.Target), ValueConversions.KindOf(target)));
        }
    }

    private ExpressionException KeyError(IndexNode index, object? key, ExpressionError wrongKind) =>
        key is null ? EvaluationErrors.NullOperand(index.Index.Start, Describe(index.Index), "[ ]") : Fail(wrongKind);

    private object? EvaluateUnary(UnaryNode unary, IReadOnlyDictionary<string, object?> variables)
    {
        var operand = Evaluate(unary.Operand, variables);
        switch (unary.Operator)
        {
            case UnaryOperator.Empty:
                return BoxedBoolean.Of(ValueConversions.IsEmpty(operand));
            case UnaryOperator.Not:
                return BoxedBoolean.Of(!RequireBoolean(operand, unary.Operand, unary.OperatorText, unary.Start));
            default:
                return operand switch
                {
                    decimal number => -number,
                    null => throw EvaluationErrors.NullOperand(unary.Operand.Start, Describe(unary.Operand), unary.OperatorText),
                    _ => throw Fail(TypeErrors.NeedsNumber(unary.Start, unary.OperatorText, Describe(unary.Operand), ValueConversions.KindOf(operand))),
                };
        }
    }

    private object? EvaluateConditional(ConditionalNode conditional, IReadOnlyDictionary<string, object?> variables)
    {
        var condition = Evaluate(conditional.Condition, variables);
        return RequireBoolean(condition, conditional.Condition, "?", conditional.QuestionPosition)
            ? Evaluate(conditional.WhenTrue, variables)
            : Evaluate(conditional.WhenFalse, variables);
    }

    private object? EvaluateChain(OperatorChainNode chain, IReadOnlyDictionary<string, object?> variables)
    {
        var left = Evaluate(chain.First, variables);
        ExpressionNode? leftNode = chain.First;
        var links = chain.Links;
        for (var i = 0; i < links.Length; i++)
        {
            var link = links[i];
            switch (link.Operator)
            {
                // A chain holds one precedence level, so an '&&' chain is all '&&': the first false
                // operand decides it and the rest are never evaluated.
                case BinaryOperator.And:
                    if (!RequireBoolean(left, leftNode, link.OperatorText, link.Position))
                    {
                        return BoxedBoolean.False;
                    }

                    left = BoxedBoolean.Of(RequireBoolean(Evaluate(link.Operand, variables), link.Operand, link.OperatorText, link.Position));
                    break;
                case BinaryOperator.Or:
                    if (RequireBoolean(left, leftNode, link.OperatorText, link.Position))
                    {
                        return BoxedBoolean.True;
                    }

                    left = BoxedBoolean.Of(RequireBoolean(Evaluate(link.Operand, variables), link.Operand, link.OperatorText, link.Position));
                    break;
                default:
                    left = Apply(link, left, leftNode, Evaluate(link.Operand, variables));
                    break;
            }

            leftNode = null;
        }

        return left;
    }

    private object Apply(OperatorLink link, object? left, ExpressionNode? leftNode, object? right)
    {
        switch (link.Operator)
        {
            case BinaryOperator.Equal:
                return BoxedBoolean.Of(AreEqual(left, right));
            case BinaryOperator.NotEqual:
                return BoxedBoolean.Of(!AreEqual(left, right));
            case BinaryOperator.Less:
                return BoxedBoolean.Of(Compare(link, left, leftNode, right) < 0);
            case BinaryOperator.Greater:
                return BoxedBoolean.Of(Compare(link, left, leftNode, right) > 0);
            case BinaryOperator.LessOrEqual:
                return BoxedBoolean.Of(Compare(link, left, leftNode, right) <= 0);
            case BinaryOperator.GreaterOrEqual:
                return BoxedBoolean.Of(Compare(link, left, leftNode, right) >= 0);
            case BinaryOperator.Add:
                return Add(link, left, leftNode, right);
            default:
                return Arithmetic(link, left, leftNode, right);
        }
    }

    // Numbers by value (1 == 1.0), strings ordinally, lists and maps by identity; different kinds are
    // simply unequal.
    private static bool AreEqual(object? left, object? right) => left switch
    {
        null => right is null,
        decimal a => right is decimal b && a == b,
        string a => right is string b && string.Equals(a, b, StringComparison.Ordinal),
        bool a => right is bool b && a == b,
        _ => ReferenceEquals(left, right),
    };

    private int Compare(OperatorLink link, object? left, ExpressionNode? leftNode, object? right)
    {
        if (left is decimal a && right is decimal b)
        {
            return decimal.Compare(a, b);
        }

        if (left is string s && right is string t)
        {
            return string.CompareOrdinal(s, t);
        }

        throw OperandMismatch(link, left, leftNode, right,
            TypeErrors.CannotOrder(link.Position, link.OperatorText, ValueConversions.KindOf(left), ValueConversions.KindOf(right)));
    }

    private object Add(OperatorLink link, object? left, ExpressionNode? leftNode, object? right)
    {
        switch (left, right)
        {
            case (decimal a, decimal b):
                return Calculate(link, a, b);
            case (string a, string b):
                return string.Concat(a, b);
            case (string a, decimal b):
                return string.Concat(a, ValueConversions.Format(b));
            case (decimal a, string b):
                return string.Concat(ValueConversions.Format(a), b);
            default:
                throw OperandMismatch(link, left, leftNode, right,
                    TypeErrors.CannotAdd(link.Position, ValueConversions.KindOf(left), ValueConversions.KindOf(right)));
        }
    }

    private object Arithmetic(OperatorLink link, object? left, ExpressionNode? leftNode, object? right) =>
        left is decimal a && right is decimal b
            ? Calculate(link, a, b)
            : throw OperandMismatch(link, left, leftNode, right,
                TypeErrors.NeedsNumbers(link.Position, link.OperatorText, ValueConversions.KindOf(left), ValueConversions.KindOf(right)));

    private static object Calculate(OperatorLink link, decimal a, decimal b)
    {
        if (b == 0 && link.Operator is BinaryOperator.Divide or BinaryOperator.Remainder)
        {
            throw Fail(TypeErrors.DivisionByZero(link.Position));
        }

        try
        {
            return link.Operator switch
            {
                BinaryOperator.Add => a + b,
                BinaryOperator.Subtract => a - b,
                BinaryOperator.Multiply => a * b,
                BinaryOperator.Divide => a / b,
                _ => a % b,
            };
        }
        catch (OverflowException)
        {
            throw EvaluationErrors.NumberOverflow(link.Position);
        }
    }

    // A null operand is reported as a missing value, naming the variable, before any talk of types.
    private ExpressionException OperandMismatch(OperatorLink link, object? left, ExpressionNode? leftNode, object? right, ExpressionError mismatch) =>
        left is null ? EvaluationErrors.NullOperand(leftNode?.Start ?? link.Position, Describe(leftNode), link.OperatorText)
        : right is null ? EvaluationErrors.NullOperand(link.Operand.Start, Describe(link.Operand), link.OperatorText)
        : Fail(mismatch);

    private bool RequireBoolean(object? value, ExpressionNode? node, string op, int position) => value switch
    {
        bool b => b,
        null => throw EvaluationErrors.NullOperand(node?.Start ?? position, Describe(node), op),
        _ => throw Fail(TypeErrors.NeedsBoolean(position, op, Describe(node), ValueConversions.KindOf(value))),
    };

    private object? Normalize(object? raw, ExpressionNode node) =>
        ValueConversions.TryNormalize(raw, out var value) ? value : throw EvaluationErrors.UnsupportedValue(node.Start, Describe(node), raw!);

    private OperandDescription Describe(ExpressionNode? node) => OperandDescription.Of(node, text);

    private static ExpressionException Fail(ExpressionError error) => new(error);
}
