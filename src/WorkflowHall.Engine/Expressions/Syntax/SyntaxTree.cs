using System.Collections.Frozen;

namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>What the parser hands back: the tree and the root variable names it reads.</summary>
internal sealed record SyntaxTree(ExpressionNode Root, FrozenSet<string> Variables);
