namespace WorkflowHall.Engine.Expressions.Syntax;

internal sealed record VariableNode(string Name, int Start, int End) : ExpressionNode(Start, End)
{
    public override int Depth => 1;
}
