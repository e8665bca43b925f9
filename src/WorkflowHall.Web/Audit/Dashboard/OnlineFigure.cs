namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>网办率: applications submitted in the period, and those made online (电脑端 or 移动端).</summary>
public sealed record OnlineFigure(int Total, int Online)
{
    /// <summary>Null when nothing was submitted.</summary>
    public double? Rate => Total == 0 ? null : (double)Online / Total;
}
