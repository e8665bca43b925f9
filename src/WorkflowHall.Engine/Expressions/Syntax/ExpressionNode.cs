namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>
/// A node of the parsed expression, spanning <see cref="Start"/> to <see cref="End"/> (exclusive) of
/// the original text so that errors can quote what the author wrote.
/// </summary>
internal abstract record ExpressionNode(int Start, int End)
{
    /// <summary>
    /// Height of the subtree. The parser refuses trees deeper than <see cref="ExpressionLimits.MaxDepth"/>,
    /// which bounds the recursion of everything that walks the tree.
    /// </summary>
    public abstract int Depth { get; }
}
