namespace WorkflowHall.Engine.Expressions;

/// <summary>
/// Bilingual messages for operands of the wrong kind, shared by the type checker (which finds them
/// before running) and the evaluator (which meets them while running).
/// </summary>
internal static class TypeErrors
{
    public static ExpressionError NeedsNumbers(int position, string op, ExpressionValueType left, ExpressionValueType right) => new(position,
        $"{PositionText.Zh(position)}的 {op} 需要两个数字，这里是{ValueTypeNames.Zh(left)}和{ValueTypeNames.Zh(right)}",
        $"'{op}' {PositionText.En(position)} needs two numbers, not {ValueTypeNames.En(left)} and {ValueTypeNames.En(right)}");

    public static ExpressionError CannotAdd(int position, ExpressionValueType left, ExpressionValueType right) => new(position,
        $"{PositionText.Zh(position)}的 + 只能把数字相加或把文本连接起来，这里是{ValueTypeNames.Zh(left)}和{ValueTypeNames.Zh(right)}",
        $"'+' {PositionText.En(position)} adds numbers or joins strings, not {ValueTypeNames.En(left)} and {ValueTypeNames.En(right)}");

    public static ExpressionError CannotOrder(int position, string op, ExpressionValueType left, ExpressionValueType right) => new(position,
        $"{PositionText.Zh(position)}的 {op} 只能比较两个数字或两个文本，这里是{ValueTypeNames.Zh(left)}和{ValueTypeNames.Zh(right)}",
        $"'{op}' {PositionText.En(position)} compares two numbers or two strings, not {ValueTypeNames.En(left)} and {ValueTypeNames.En(right)}");

    public static ExpressionError NeedsBoolean(int position, string op, OperandDescription operand, ExpressionValueType actual) => new(position,
        $"{PositionText.Zh(position)}的 {op} 需要布尔值（true 或 false），但 {operand.Zh} 是{ValueTypeNames.Zh(actual)}",
        $"'{op}' {PositionText.En(position)} needs a boolean (true or false), but {operand.En} is {ValueTypeNames.En(actual)}");

    public static ExpressionError NeedsNumber(int position, string op, OperandDescription operand, ExpressionValueType actual) => new(position,
        $"{PositionText.Zh(position)}的 {op} 需要数字，但 {operand.Zh} 是{ValueTypeNames.Zh(actual)}",
        $"'{op}' {PositionText.En(position)} needs a number, but {operand.En} is {ValueTypeNames.En(actual)}");

    public static ExpressionError NoMembers(int position, OperandDescription target, ExpressionValueType actual, string name) => new(position,
        $"{PositionText.Zh(position)}：{target.Zh} 是{ValueTypeNames.Zh(actual)}，没有成员 {name}（只有键值表才能用“.”取值）",
        $"{target.EnAtSentenceStart} is {ValueTypeNames.En(actual)} and has no member '{name}' {PositionText.En(position)} (only maps have members)");

    public static ExpressionError CannotIndex(int position, OperandDescription target, ExpressionValueType actual) => new(position,
        $"{PositionText.Zh(position)}：{target.Zh} 是{ValueTypeNames.Zh(actual)}，不能用 [ ] 取值（只有列表和键值表可以）",
        $"{target.EnAtSentenceStart} is {ValueTypeNames.En(actual)} and cannot be indexed with [ ] {PositionText.En(position)} (only lists and maps can)");

    public static ExpressionError ListIndexNotNumber(int position, ExpressionValueType actual) => new(position,
        $"{PositionText.Zh(position)}：列表的下标必须是数字，这里是{ValueTypeNames.Zh(actual)}",
        $"A list index must be a number, not {ValueTypeNames.En(actual)} {PositionText.En(position)}");

    public static ExpressionError MapKeyNotString(int position, ExpressionValueType actual) => new(position,
        $"{PositionText.Zh(position)}：键值表的键必须是文本，这里是{ValueTypeNames.Zh(actual)}",
        $"A map key must be a string, not {ValueTypeNames.En(actual)} {PositionText.En(position)}");

    public static ExpressionError DivisionByZero(int position) => new(position,
        $"{PositionText.Zh(position)}除数为零",
        $"Division by zero {PositionText.En(position)}");

    public static ExpressionError NeverEqual(int position, string op, ExpressionValueType left, ExpressionValueType right) => new(position,
        $"{PositionText.Zh(position)}的 {op} 在比较{ValueTypeNames.Zh(left)}和{ValueTypeNames.Zh(right)}，两者永远不相等",
        $"'{op}' {PositionText.En(position)} compares {ValueTypeNames.En(left)} with {ValueTypeNames.En(right)}, which are never equal");

    public static ExpressionError ResultMustBe(int position, ExpressionValueType expected, ExpressionValueType actual) => expected == ExpressionValueType.Boolean
        ? new(position,
            $"条件的结果必须是布尔值（true 或 false），这个表达式得到的是{ValueTypeNames.Zh(actual)}",
            $"A condition must yield a boolean (true or false), but this expression yields {ValueTypeNames.En(actual)}")
        : new(position,
            $"表达式的结果必须是{ValueTypeNames.Zh(expected)}，这个表达式得到的是{ValueTypeNames.Zh(actual)}",
            $"The expression must yield {ValueTypeNames.En(expected)}, but it yields {ValueTypeNames.En(actual)}");
}
