namespace WorkflowHall.Engine.Expressions;

/// <summary>How a value type reads in a message.</summary>
internal static class ValueTypeNames
{
    public static string Zh(ExpressionValueType type) => type switch
    {
        ExpressionValueType.Null => "空值 null",
        ExpressionValueType.Boolean => "布尔值",
        ExpressionValueType.Number => "数字",
        ExpressionValueType.String => "文本",
        ExpressionValueType.List => "列表",
        ExpressionValueType.Map => "键值表",
        _ => "任意值",
    };

    public static string En(ExpressionValueType type) => type switch
    {
        ExpressionValueType.Null => "null",
        ExpressionValueType.Boolean => "a boolean",
        ExpressionValueType.Number => "a number",
        ExpressionValueType.String => "a string",
        ExpressionValueType.List => "a list",
        ExpressionValueType.Map => "a map",
        _ => "any value",
    };
}
