namespace WorkflowHall.Engine.Expressions;

/// <summary>
/// Bounds that keep a hostile or runaway expression cheap: the parser, type checker and evaluator
/// recurse over the tree, so its depth must stay far from anything that could exhaust the stack.
/// </summary>
internal static class ExpressionLimits
{
    public const int MaxLength = 4_000;

    public const int MaxDepth = 64;
}
