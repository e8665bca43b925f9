namespace WorkflowHall.Engine.Expressions.Syntax;

internal enum UnaryOperator
{
    Negate,
    Not,
    Empty,
}
