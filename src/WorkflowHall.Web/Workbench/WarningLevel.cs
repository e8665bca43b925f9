namespace WorkflowHall.Web.Workbench;

/// <summary>How close a step is to its deadline, as the inbox colours it (the CSS classes <c>warning-green/-yellow/-red</c>).</summary>
public enum WarningLevel
{
    /// <summary>Nothing is running late: the case has ended.</summary>
    None,
    Green,
    /// <summary>The step's warning time has passed, or at most one working day remains.</summary>
    Yellow,
    /// <summary>The deadline has passed.</summary>
    Red,
}
