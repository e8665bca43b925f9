using System.Collections.Frozen;
using System.Collections.Immutable;

namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>
/// Recursive-descent parser for the JUEL subset. Every way of nesting (brackets, prefix operators,
/// the branches of <c>?:</c>) passes through <see cref="Enter"/>, and every node built passes through
/// <see cref="Bounded"/>, so hostile input ends in a clear error rather than a stack overflow.
/// </summary>
internal sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly HashSet<string> _variables = new(StringComparer.Ordinal);
    private Token _current;
    private int _depth;

    private Parser(string text, int start, int end) => _lexer = new Lexer(text, start, end);

    public static SyntaxTree Parse(string text)
    {
        if (text.Length > ExpressionLimits.MaxLength)
        {
            throw SyntaxErrors.TooLong(text.Length);
        }

        var (start, end) = LocateBody(text);
        return new Parser(text, start, end).ParseBody();
    }

    /// <summary>Strips surrounding whitespace and an optional <c>${ }</c> or <c>#{ }</c> wrapper.</summary>
    private static (int Start, int End) LocateBody(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            throw SyntaxErrors.Empty(0);
        }

        var wrapped = end - start >= 2 && text[start] is '$' or '#' && text[start + 1] == '{';
        if (!wrapped)
        {
            return (start, end);
        }

        if (end - start < 3 || text[end - 1] != '}')
        {
            throw SyntaxErrors.MissingClosingBrace(end, text.Substring(start, 2));
        }

        return (start + 2, end - 1);
    }

    private SyntaxTree ParseBody()
    {
        Advance();
        if (_current.Kind == TokenKind.End)
        {
            throw SyntaxErrors.Empty(_current.Position);
        }

        var root = ParseExpression(_current.Position);
        if (_current.Kind != TokenKind.End)
        {
            throw SyntaxErrors.UnexpectedToken(_current);
        }

        return new SyntaxTree(root, _variables.ToFrozenSet(StringComparer.Ordinal));
    }

    private void Advance() => _current = _lexer.Next();

    private void Enter(int position)
    {
        if (++_depth > ExpressionLimits.MaxDepth)
        {
            throw SyntaxErrors.TooDeep(position);
        }
    }

    private void Leave() => _depth--;

    private static T Bounded<T>(T node, int position) where T : ExpressionNode =>
        node.Depth > ExpressionLimits.MaxDepth ? throw SyntaxErrors.TooDeep(position) : node;

    /// <summary>Parses a whole sub-expression, one nesting level below whatever opened it at <paramref name="openedAt"/>.</summary>
    private ExpressionNode ParseExpression(int openedAt)
    {
        Enter(openedAt);
        var node = ParseConditional();
        Leave();
        return node;
    }

    private ExpressionNode ParseConditional()
    {
        var condition = ParseChain(Precedence.Or);
        if (_current.Kind != TokenKind.Question)
        {
            return condition;
        }

        var question = _current;
        Advance();
        var whenTrue = ParseExpression(question.Position);
        if (_current.Kind != TokenKind.Colon)
        {
            throw SyntaxErrors.MissingColon(_current.Position, question.Position);
        }

        var colon = _current;
        Advance();
        var whenFalse = ParseExpression(colon.Position);
        return Bounded(new ConditionalNode(condition, whenTrue, whenFalse, question.Position), question.Position);
    }

    private ExpressionNode ParseChain(Precedence level)
    {
        var first = ParseOperand(level);
        if (OperatorAt(level, _current.Kind) is null)
        {
            return first;
        }

        var firstOperatorPosition = _current.Position;
        var links = ImmutableArray.CreateBuilder<OperatorLink>();
        while (OperatorAt(level, _current.Kind) is { } op)
        {
            var opToken = _current;
            Advance();
            var operand = ParseOperand(level);
            links.Add(new OperatorLink(op, opToken.Text, opToken.Position, operand));
        }

        return Bounded(new OperatorChainNode(first, links.DrainToImmutable()), firstOperatorPosition);
    }

    private ExpressionNode ParseOperand(Precedence level) =>
        level == Precedence.Multiplicative ? ParseUnary() : ParseChain(level + 1);

    private static BinaryOperator? OperatorAt(Precedence level, TokenKind kind) => (level, kind) switch
    {
        (Precedence.Or, TokenKind.OrElse) => BinaryOperator.Or,
        (Precedence.And, TokenKind.AndAlso) => BinaryOperator.And,
        (Precedence.Equality, TokenKind.Equal) => BinaryOperator.Equal,
        (Precedence.Equality, TokenKind.NotEqual) => BinaryOperator.NotEqual,
        (Precedence.Relational, TokenKind.Less) => BinaryOperator.Less,
        (Precedence.Relational, TokenKind.Greater) => BinaryOperator.Greater,
        (Precedence.Relational, TokenKind.LessOrEqual) => BinaryOperator.LessOrEqual,
        (Precedence.Relational, TokenKind.GreaterOrEqual) => BinaryOperator.GreaterOrEqual,
        (Precedence.Additive, TokenKind.Plus) => BinaryOperator.Add,
        (Precedence.Additive, TokenKind.Minus) => BinaryOperator.Subtract,
        (Precedence.Multiplicative, TokenKind.Star) => BinaryOperator.Multiply,
        (Precedence.Multiplicative, TokenKind.Slash) => BinaryOperator.Divide,
        (Precedence.Multiplicative, TokenKind.Percent) => BinaryOperator.Remainder,
        _ => null,
    };

    private ExpressionNode ParseUnary()
    {
        UnaryOperator? op = _current.Kind switch
        {
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Not => UnaryOperator.Not,
            TokenKind.Empty => UnaryOperator.Empty,
            _ => null,
        };
        if (op is null)
        {
            return ParsePostfix();
        }

        var opToken = _current;
        Advance();
        Enter(opToken.Position);
        var operand = ParseUnary();
        Leave();
        return Bounded(new UnaryNode(op.Value, opToken.Text, operand, opToken.Position), opToken.Position);
    }

    private ExpressionNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            switch (_current.Kind)
            {
                case TokenKind.Dot:
                    node = ParseMember(node);
                    break;
                case TokenKind.LeftBracket:
                    node = ParseIndex(node);
                    break;
                case TokenKind.LeftParen when node is VariableNode function:
                    throw SyntaxErrors.MethodCall(function.Start, function.Name);
                case TokenKind.LeftParen:
                    throw SyntaxErrors.MethodCall(_current.Position, null);
                default:
                    return node;
            }
        }
    }

    private MemberNode ParseMember(ExpressionNode target)
    {
        var dot = _current;
        Advance();
        if (!_current.IsWord)
        {
            throw SyntaxErrors.MissingMemberName(dot.Position);
        }

        var name = _current;
        Advance();
        if (_current.Kind == TokenKind.LeftParen)
        {
            throw SyntaxErrors.MethodCall(name.Position, name.Text);
        }

        return Bounded(new MemberNode(target, name.Text, name.Position, name.End), dot.Position);
    }

    private IndexNode ParseIndex(ExpressionNode target)
    {
        var open = _current;
        Advance();
        var index = ParseExpression(open.Position);
        if (_current.Kind != TokenKind.RightBracket)
        {
            throw SyntaxErrors.MissingClosingBracket(_current.Position, open.Position);
        }

        var close = _current;
        Advance();
        return Bounded(new IndexNode(target, index, open.Position, close.End), open.Position);
    }

    private ExpressionNode ParsePrimary()
    {
        var token = _current;
        switch (token.Kind)
        {
            case TokenKind.Number or TokenKind.String:
                Advance();
                return new LiteralNode(token.Value, token.Position, token.End);
            case TokenKind.True:
                Advance();
                return new LiteralNode(BoxedBoolean.True, token.Position, token.End);
            case TokenKind.False:
                Advance();
                return new LiteralNode(BoxedBoolean.False, token.Position, token.End);
            case TokenKind.Null:
                Advance();
                return new LiteralNode(null, token.Position, token.End);
            case TokenKind.Identifier:
                Advance();
                _variables.Add(token.Text);
                return new VariableNode(token.Text, token.Position, token.End);
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseExpression(token.Position);
                if (_current.Kind != TokenKind.RightParen)
                {
                    throw SyntaxErrors.MissingClosingParenthesis(_current.Position, token.Position);
                }

                Advance();
                return inner;
            default:
                throw SyntaxErrors.MissingValue(token);
        }
    }
}
