namespace WorkflowHall.Engine.Expressions;

/// <summary>A parse or evaluation failure; <see cref="Error"/> carries the position and both messages.</summary>
public sealed class ExpressionException(ExpressionError error) : Exception(error.MessageEn)
{
    public ExpressionError Error { get; } = error;
}
