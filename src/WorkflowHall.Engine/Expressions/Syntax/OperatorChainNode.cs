using System.Collections.Immutable;

namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>
/// Left-associative operators of one precedence level, <c>first op1 a op2 b ...</c>, applied left
/// to right. Kept flat rather than as nested binary nodes so that a long <c>||</c> list of cases
/// does not count as deep nesting, and is evaluated by a loop instead of recursion.
/// </summary>
internal sealed record OperatorChainNode(ExpressionNode First, ImmutableArray<OperatorLink> Links)
    : ExpressionNode(First.Start, Links[^1].Operand.End)
{
    public override int Depth { get; } = MaxOperandDepth(First, Links) + 1;

    private static int MaxOperandDepth(ExpressionNode first, ImmutableArray<OperatorLink> links)
    {
        var depth = first.Depth;
        foreach (var link in links)
        {
            depth = Math.Max(depth, link.Operand.Depth);
        }

        return depth;
    }
}
