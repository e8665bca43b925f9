namespace WorkflowHall.Data.Supervision;

/// <summary>What the dashboard's figures are broken down by.</summary>
public enum DashboardGrouping
{
    /// <summary>The unit: the case's handling unit, or for a step the unit whose post holds it.</summary>
    Unit,
    /// <summary>The matter's implementation code.</summary>
    Matter,
}
