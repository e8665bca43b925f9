namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed record ConditionalNode(ExpressionNode Condition, ExpressionNode WhenTrue, ExpressionNode WhenFalse, int QuestionPosition)
    : ExpressionNode(Condition.Start, WhenFalse.End)
{
    public override int Depth { get; } = Math.Max(Condition.Depth, Math.Max(WhenTrue.Depth, WhenFalse.Depth)) + 1;
}
