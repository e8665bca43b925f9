namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>One <c>operator operand</c> step of an <see cref="OperatorChainNode"/>.</summary>
internal sealed record OperatorLink(BinaryOperator Operator, string OperatorText, int Position, ExpressionNode Operand);
