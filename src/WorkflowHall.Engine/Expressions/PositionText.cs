namespace WorkflowHall.Engine.Expressions;

/// <summary>How a 0-based position reads in a message: people count characters from 1.</summary>
internal static class PositionText
{
    public static string Zh(int position) => $"第 {position + 1} 个字符处";

    public static string En(int position) => $"at character {position + 1}";
}
