namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>JUEL's binary precedence levels, loosest first; each level parses into one operator chain.</summary>
internal enum Precedence
{
    Or,
    And,
    Equality,
    Relational,
    Additive,
    Multiplicative,
}
