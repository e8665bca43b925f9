using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Expressions.Syntax;

namespace WorkflowHall.Engine.Expressions;

/// <summary>
/// Infers a static type for every node from the declared variable types and collects every
/// mismatch it can prove. Undeclared variables and anything read from a map or list are
/// <see cref="ExpressionValueType.Any"/>, which fits everywhere; only certain mistakes are reported.
/// After reporting, a node still yields the type its operator always produces (a comparison is a
/// boolean), so one mistake does not cascade into several.
/// </summary>
internal sealed class TypeChecker(IReadOnlyDictionary<string, VariableType> declared, string text)
{
    private readonly List<ExpressionError> _errors = [];

    public IReadOnlyList<ExpressionError> Check(ExpressionNode root, ExpressionValueType expected)
    {
        var actual = TypeOf(root);
        if (expected != ExpressionValueType.Any && actual != ExpressionValueType.Any && actual != expected)
        {
            _errors.Add(TypeErrors.ResultMustBe(root.Start, expected, actual));
        }

        return _errors.ToArray();
    }

    private ExpressionValueType TypeOf(ExpressionNode node) => node switch
    {
        LiteralNode literal => ValueConversions.KindOf(literal.Value),
        VariableNode variable => declared.TryGetValue(variable.Name, out var type) ? FromDeclared(type) : ExpressionValueType.Any,
        MemberNode member => TypeOfMember(member),
        IndexNode index => TypeOfIndex(index),
        UnaryNode unary => TypeOfUnary(unary),
        OperatorChainNode chain => TypeOfChain(chain),
        ConditionalNode conditional => TypeOfConditional(conditional),
        _ => ExpressionValueType.Any,
    };

    private static ExpressionValueType FromDeclared(VariableType type) => type switch
    {
        VariableType.String => ExpressionValueType.String,
        VariableType.Number => ExpressionValueType.Number,
        VariableType.Boolean => ExpressionValueType.Boolean,
        VariableType.List => ExpressionValueType.List,
        VariableType.Map => ExpressionValueType.Map,
        _ => ExpressionValueType.Any,
    };

    private ExpressionValueType TypeOfMember(MemberNode member)
    {
        var target = TypeOf(member.Target);
        if (target is not (ExpressionValueType.Map or ExpressionValueType.Any or ExpressionValueType.Null))
        {
            _errors.Add(TypeErrors.NoMembers(member.NamePosition, Describe(member.Target), target, member.Name));
        }

        return ExpressionValueType.Any;
    }

    private ExpressionValueType TypeOfIndex(IndexNode index)
    {
        var target = TypeOf(index.Target);
        var key = TypeOf(index.Index);
        switch (target)
        {
            case ExpressionValueType.List when !Fits(key, ExpressionValueType.Number):
                _errors.Add(TypeErrors.ListIndexNotNumber(index.Index.Start, key));
                break;
            case ExpressionValueType.Map when !Fits(key, ExpressionValueType.String):
                _errors.Add(TypeErrors.MapKeyNotString(index.Index.Start, key));
                break;
            case ExpressionValueType.Boolean or ExpressionValueType.Number or ExpressionValueType.String:
                _errors.Add(TypeErrors.CannotIndex(index.BracketPosition, Describe(index.Target), target));
                break;
        }

        return ExpressionValueType.Any;
    }

    private ExpressionValueType TypeOfUnary(UnaryNode unary)
    {
        var operand = TypeOf(unary.Operand);
        switch (unary.Operator)
        {
            case UnaryOperator.Negate:
                if (!Fits(operand, ExpressionValueType.Number))
                {
                    _errors.Add(TypeErrors.NeedsNumber(unary.Start, unary.OperatorText, Describe(unary.Operand), operand));
                }

                return ExpressionValueType.Number;
            case UnaryOperator.Not:
                RequireBoolean(operand, unary.Operand, unary.OperatorText, unary.Start);
                return ExpressionValueType.Boolean;
            default:
                return ExpressionValueType.Boolean;
        }
    }

    private ExpressionValueType TypeOfConditional(ConditionalNode conditional)
    {
        RequireBoolean(TypeOf(conditional.Condition), conditional.Condition, "?", conditional.QuestionPosition);
        var whenTrue = TypeOf(conditional.WhenTrue);
        var whenFalse = TypeOf(conditional.WhenFalse);
        return whenTrue == whenFalse ? whenTrue
            : whenTrue == ExpressionValueType.Null ? whenFalse
            : whenFalse == ExpressionValueType.Null ? whenTrue
            : ExpressionValueType.Any;
    }

    private ExpressionValueType TypeOfChain(OperatorChainNode chain)
    {
        var left = TypeOf(chain.First);
        ExpressionNode? leftNode = chain.First;
        foreach (var link in chain.Links)
        {
            var right = TypeOf(link.Operand);
            left = TypeOfLink(link, left, leftNode, right);
            leftNode = null;
        }

        return left;
    }

    private ExpressionValueType TypeOfLink(OperatorLink link, ExpressionValueType left, ExpressionNode? leftNode, ExpressionValueType right)
    {
        switch (link.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                RequireBoolean(left, leftNode, link.OperatorText, link.Position);
                RequireBoolean(right, link.Operand, link.OperatorText, link.Position);
                return ExpressionValueType.Boolean;
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                if (IsKnownValue(left) && IsKnownValue(right) && left != right)
                {
                    _errors.Add(TypeErrors.NeverEqual(link.Position, link.OperatorText, left, right));
                }

                return ExpressionValueType.Boolean;
            case BinaryOperator.Less or BinaryOperator.Greater or BinaryOperator.LessOrEqual or BinaryOperator.GreaterOrEqual:
                if (!CanOrder(left, right))
                {
                    _errors.Add(TypeErrors.CannotOrder(link.Position, link.OperatorText, left, right));
                }

                return ExpressionValueType.Boolean;
            case BinaryOperator.Add:
                return TypeOfAdd(link, left, right);
            default:
                if (!Fits(left, ExpressionValueType.Number) || !Fits(right, ExpressionValueType.Number))
                {
                    _errors.Add(TypeErrors.NeedsNumbers(link.Position, link.OperatorText, left, right));
                }
                else if (link.Operator is BinaryOperator.Divide or BinaryOperator.Remainder && link.Operand is LiteralNode { Value: 0m })
                {
                    _errors.Add(TypeErrors.DivisionByZero(link.Position));
                }

                return ExpressionValueType.Number;
        }
    }

    private ExpressionValueType TypeOfAdd(OperatorLink link, ExpressionValueType left, ExpressionValueType right)
    {
        if (!CanAdd(left) || !CanAdd(right))
        {
            _errors.Add(TypeErrors.CannotAdd(link.Position, left, right));
            return ExpressionValueType.Any;
        }

        return left == ExpressionValueType.String || right == ExpressionValueType.String ? ExpressionValueType.String
            : left == ExpressionValueType.Number && right == ExpressionValueType.Number ? ExpressionValueType.Number
            : ExpressionValueType.Any;
    }

    private void RequireBoolean(ExpressionValueType actual, ExpressionNode? node, string op, int position)
    {
        if (!Fits(actual, ExpressionValueType.Boolean))
        {
            _errors.Add(TypeErrors.NeedsBoolean(position, op, Describe(node), actual));
        }
    }

    private static bool Fits(ExpressionValueType actual, ExpressionValueType required) =>
        actual == required || actual == ExpressionValueType.Any;

    private static bool IsKnownValue(ExpressionValueType type) =>
        type is not (ExpressionValueType.Any or ExpressionValueType.Null);

    private static bool CanAdd(ExpressionValueType type) =>
        type is ExpressionValueType.Number or ExpressionValueType.String or ExpressionValueType.Any;

    private static bool CanOrder(ExpressionValueType left, ExpressionValueType right) => (left, right) switch
    {
        (ExpressionValueType.Any, ExpressionValueType.Any or ExpressionValueType.Number or ExpressionValueType.String) => true,
        (ExpressionValueType.Number or ExpressionValueType.String, ExpressionValueType.Any) => true,
        _ => left == right && left is (ExpressionValueType.Number or ExpressionValueType.String),
    };

    private OperandDescription Describe(ExpressionNode? node) => OperandDescription.Of(node, text);
}
