namespace WorkflowHall.Domain.Ratings;

/// <summary>What someone does to a rectification; <see cref="RectificationRules"/> says from which states.</summary>
public enum RectificationAction
{
    /// <summary>核实有效: the review finds the bad rating justified.</summary>
    ConfirmValid,
    /// <summary>认定无效差评: the review finds it a mistake or malicious, with the reason.</summary>
    MarkInvalid,
    /// <summary>开始整改: the handling unit takes it on.</summary>
    Start,
    /// <summary>申请延期: the deadline moves by some working days, once, before it passes.</summary>
    Extend,
    /// <summary>整改完成, with the outcome.</summary>
    Complete,
    /// <summary>无法整改, with the reason.</summary>
    DeclareImpossible,
}
