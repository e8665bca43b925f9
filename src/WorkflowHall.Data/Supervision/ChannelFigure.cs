namespace WorkflowHall.Data.Supervision;

/// <summary>Cases of one unit or matter submitted in the period through one channel (办理形式, GB/T 39046 A.5).</summary>
public sealed record ChannelFigure(string Key, string Channel, int Cases)
{
    /// <summary>A.5 codes that are online applications: 2 电脑端网办, 3 移动端.</summary>
    public static readonly IReadOnlySet<string> Online = new HashSet<string>(StringComparer.Ordinal) { "2", "3" };

    public bool IsOnline => Online.Contains(Channel);
}
