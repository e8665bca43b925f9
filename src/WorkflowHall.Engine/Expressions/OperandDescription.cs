using WorkflowHall.Engine.Expressions.Syntax;

namespace WorkflowHall.Engine.Expressions;

/// <summary>Names an operand in a message: "变量 amount" for a variable, otherwise the text the author wrote.</summary>
internal readonly record struct OperandDescription(string Zh, string En)
{
    private const int MaxQuoted = 40;

    public static readonly OperandDescription LeftResult = new("左边的结果", "the left-hand result");

    public string EnAtSentenceStart => En.Length == 0 ? En : char.ToUpperInvariant(En[0]) + En[1..];

    public static OperandDescription Of(ExpressionNode? node, string text)
    {
        if (node is null)
        {
            return LeftResult;
        }

        if (node is VariableNode variable)
        {
            return new OperandDescription($"变量 {variable.Name}", $"variable '{variable.Name}'");
        }

        var written = text.Substring(node.Start, node.End - node.Start);
        if (written.Length > MaxQuoted)
        {
            written = written[..MaxQuoted] + "…";
        }

        // A string literal already shows its quotes.
        return node is LiteralNode { Value: string }
            ? new OperandDescription(written, written)
            : new OperandDescription($"“{written}”", $"'{written}'");
    }
}
