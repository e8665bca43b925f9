namespace WorkflowHall.Engine.Expressions;

/// <summary>
/// An error at a position of the expression text (0-based index into the original text, wrapper
/// included), in Chinese and English. The messages count characters from 1, as people do.
/// </summary>
public sealed record ExpressionError(int Position, string MessageZh, string MessageEn);
