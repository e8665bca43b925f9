namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary><c>target.name</c>: a key lookup on a map, never a property or method of a .NET object.</summary>
internal sealed record MemberNode(ExpressionNode Target, string Name, int NamePosition, int End)
    : ExpressionNode(Target.Start, End)
{
    public override int Depth { get; } = Target.Depth + 1;
}
