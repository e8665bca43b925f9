namespace WorkflowHall.Engine.Expressions.Syntax;

internal sealed record UnaryNode(UnaryOperator Operator, string OperatorText, ExpressionNode Operand, int Start)
    : ExpressionNode(Start, Operand.End)
{
    public override int Depth { get; } = Operand.Depth + 1;
}
