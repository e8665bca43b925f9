namespace WorkflowHall.Engine.Expressions;

/// <summary>The kinds of value an expression can produce; <see cref="Any"/> when it cannot be known before running.</summary>
public enum ExpressionValueType
{
    Any,
    Null,
    Boolean,
    Number,
    String,
    List,
    Map,
}
