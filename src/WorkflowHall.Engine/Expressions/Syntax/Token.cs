namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>
/// One lexical token. <see cref="Text"/> is the source as written (so messages can quote "gt" or
/// "&gt;" as the author typed it); <see cref="Value"/> holds the decoded literal for numbers and strings.
/// <see cref="IsWord"/> marks identifiers and keywords, both of which may follow a '.' as a member name.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Position, string Text, object? Value = null, bool IsWord = false)
{
    public int End => Position + Text.Length;
}
