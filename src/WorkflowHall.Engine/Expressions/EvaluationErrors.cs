namespace WorkflowHall.Engine.Expressions;

/// <summary>Bilingual messages for failures that only show while running against actual values.</summary>
internal static class EvaluationErrors
{
    public static ExpressionException NullOperand(int position, OperandDescription operand, string op) => Fail(position,
        $"{PositionText.Zh(position)}：{operand.Zh} 没有值（null），不能用于 {op}",
        $"{operand.EnAtSentenceStart} {PositionText.En(position)} has no value (null) and cannot be used with '{op}'");

    public static ExpressionException NumberOverflow(int position) => Fail(position,
        $"{PositionText.Zh(position)}的计算结果超出了数字的范围",
        $"The result {PositionText.En(position)} is outside the range of numbers");

    public static ExpressionException ListIndexNotWhole(int position, decimal index) => Fail(position,
        $"{PositionText.Zh(position)}：列表的下标必须是整数，这里是 {ValueConversions.Format(index)}",
        $"A list index must be a whole number, not {ValueConversions.Format(index)} {PositionText.En(position)}");

    public static ExpressionException UnsupportedValue(int position, OperandDescription operand, object value) => Fail(position,
        $"{PositionText.Zh(position)}：{operand.Zh} 的值类型 {value.GetType().Name} 不能在表达式中使用，只支持文本、数字、布尔值、列表和键值表",
        $"{operand.EnAtSentenceStart} {PositionText.En(position)} holds a {value.GetType().Name}, which expressions cannot use; only strings, numbers, booleans, lists and maps");

    public static ExpressionException ConditionIsNull(int position, OperandDescription result) => Fail(position,
        $"条件无法判断：{result.Zh} 没有值（null），条件的结果必须是布尔值（true 或 false）",
        $"The condition cannot be decided: {result.En} has no value (null), and a condition must yield a boolean (true or false)");

    private static ExpressionException Fail(int position, string zh, string en) => new(new ExpressionError(position, zh, en));
}
