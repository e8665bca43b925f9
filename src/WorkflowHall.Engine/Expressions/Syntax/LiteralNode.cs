namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>A number (boxed decimal), string, boolean or null written in the expression; boxed once at parse time.</summary>
internal sealed record LiteralNode(object? Value, int Start, int End) : ExpressionNode(Start, End)
{
    public override int Depth => 1;
}
