namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>The bilingual messages for text that cannot be read as an expression.</summary>
internal static class SyntaxErrors
{
    private const string AllowedEscapes = @"\\ \' \"" \n \r \t \uXXXX";

    public static ExpressionException Empty(int position) => Fail(position,
        "表达式为空，请填写内容，例如 ${amount > 1000}",
        "The expression is empty; write one, e.g. ${amount > 1000}");

    public static ExpressionException TooLong(int length) => Fail(ExpressionLimits.MaxLength,
        $"表达式太长：共 {length} 个字符，最多允许 {ExpressionLimits.MaxLength} 个",
        $"The expression is too long: {length} characters, at most {ExpressionLimits.MaxLength} are allowed");

    public static ExpressionException TooDeep(int position) => Fail(position,
        $"{PositionText.Zh(position)}嵌套太深：括号和运算最多嵌套 {ExpressionLimits.MaxDepth} 层",
        $"Nesting too deep {PositionText.En(position)}: brackets and operators nest at most {ExpressionLimits.MaxDepth} levels");

    public static ExpressionException MissingClosingBrace(int position, string opener) => Fail(position,
        $"表达式以 {opener} 开头，但结尾缺少 }}",
        $"The expression starts with '{opener}' but does not end with '}}'");

    public static ExpressionException UnexpectedCharacter(int position, string character) => Fail(position,
        $"{PositionText.Zh(position)}有无法识别的字符“{character}”",
        $"Unrecognised character '{character}' {PositionText.En(position)}");

    public static ExpressionException FullWidthCharacter(int position, char written, char intended) => Fail(position,
        $"{PositionText.Zh(position)}的“{written}”是全角符号，请改用半角的“{intended}”",
        $"'{written}' {PositionText.En(position)} is a full-width symbol; use '{intended}' instead");

    public static ExpressionException SingleEquals(int position) => Fail(position,
        $"{PositionText.Zh(position)}的 = 不能用来比较，判断相等请写 ==",
        $"'=' {PositionText.En(position)} cannot compare; write '==' to test equality");

    public static ExpressionException SingleAmpersand(int position) => Fail(position,
        $"{PositionText.Zh(position)}只有一个 &，“并且”请写 && 或 and",
        $"A single '&' {PositionText.En(position)}; write '&&' or 'and'");

    public static ExpressionException SinglePipe(int position) => Fail(position,
        $"{PositionText.Zh(position)}只有一个 |，“或者”请写 || 或 or",
        $"A single '|' {PositionText.En(position)}; write '||' or 'or'");

    public static ExpressionException SecondExpression(int position, string character) => Fail(position,
        $"{PositionText.Zh(position)}出现了多余的“{character}”：一个表达式里只能写一个 ${{...}}",
        $"Unexpected '{character}' {PositionText.En(position)}: an expression holds a single ${{...}}");

    public static ExpressionException UnterminatedString(int position, char quote) => Fail(position,
        $"{PositionText.Zh(position)}开始的字符串缺少结束的引号 {quote}",
        $"The string starting {PositionText.En(position)} is missing its closing {quote}");

    public static ExpressionException InvalidEscape(int position, string escape) => Fail(position,
        $"{PositionText.Zh(position)}的转义“{escape}”无效，可用的转义有 {AllowedEscapes}",
        $"Invalid escape '{escape}' {PositionText.En(position)}; the allowed escapes are {AllowedEscapes}");

    public static ExpressionException NumberOutOfRange(int position, string text) => Fail(position,
        $"{PositionText.Zh(position)}的数字 {text} 超出了可表示的范围",
        $"The number {text} {PositionText.En(position)} is out of range");

    public static ExpressionException MissingValue(Token found) => found.Kind == TokenKind.End
        ? Fail(found.Position,
            $"表达式在{PositionText.Zh(found.Position)}意外结束，这里还缺少一个值",
            $"The expression ends {PositionText.En(found.Position)} where a value is still missing")
        : Fail(found.Position,
            $"{PositionText.Zh(found.Position)}应该是一个值，却是“{found.Text}”",
            $"Expected a value {PositionText.En(found.Position)} but found '{found.Text}'");

    public static ExpressionException MissingClosingParenthesis(int position, int openPosition) => Fail(position,
        $"{PositionText.Zh(position)}缺少右括号 )，它应与{PositionText.Zh(openPosition)}的 ( 配对",
        $"Missing ')' {PositionText.En(position)} to close the '(' {PositionText.En(openPosition)}");

    public static ExpressionException MissingClosingBracket(int position, int openPosition) => Fail(position,
        $"{PositionText.Zh(position)}缺少右方括号 ]，它应与{PositionText.Zh(openPosition)}的 [ 配对",
        $"Missing ']' {PositionText.En(position)} to close the '[' {PositionText.En(openPosition)}");

    public static ExpressionException MissingColon(int position, int questionPosition) => Fail(position,
        $"{PositionText.Zh(position)}缺少冒号 :，{PositionText.Zh(questionPosition)}的 ? 要写成“条件 ? 值1 : 值2”",
        $"Missing ':' {PositionText.En(position)} for the '?' {PositionText.En(questionPosition)}; write 'condition ? a : b'");

    public static ExpressionException MissingMemberName(int position) => Fail(position,
        $"{PositionText.Zh(position)}的“.”后面缺少名称",
        $"Expected a name after the '.' {PositionText.En(position)}");

    public static ExpressionException MethodCall(int position, string? name) => name is null
        ? Fail(position,
            $"{PositionText.Zh(position)}是一次调用：表达式里不允许调用方法或函数",
            $"Method and function calls are not allowed: there is a call {PositionText.En(position)}")
        : Fail(position,
            $"{PositionText.Zh(position)}调用了 {name}(...)：表达式里不允许调用方法或函数",
            $"Method and function calls are not allowed: '{name}(...)' {PositionText.En(position)}");

    public static ExpressionException UnexpectedToken(Token found) => Fail(found.Position,
        $"{PositionText.Zh(found.Position)}有多余的内容“{found.Text}”，是否漏写了运算符？",
        $"Unexpected '{found.Text}' {PositionText.En(found.Position)}; is an operator missing?");

    private static ExpressionException Fail(int position, string zh, string en) => new(new ExpressionError(position, zh, en));
}
