namespace WorkflowHall.Data.Supervision;

/// <summary>监察预警类型代码 (n1; GB/T 39046 gives no list, so the hall's own, after the local yellow/red rules).</summary>
public enum SupervisionLevel
{
    /// <summary>黄牌预警: a deadline is near.</summary>
    Warning = 1,
    /// <summary>红牌纠错: a deadline passed, or a rule was broken.</summary>
    Breach = 2,
    /// <summary>已纠正: a breach was put right (the step completed, the case decided, the deadline moved).</summary>
    Correction = 3,
}
