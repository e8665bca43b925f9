namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary><c>target[index]</c>: a list element by whole-number index or a map entry by string key.</summary>
internal sealed record IndexNode(ExpressionNode Target, ExpressionNode Index, int BracketPosition, int End)
    : ExpressionNode(Target.Start, End)
{
    public override int Depth { get; } = Math.Max(Target.Depth, Index.Depth) + 1;
}
