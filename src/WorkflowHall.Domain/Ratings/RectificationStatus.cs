namespace WorkflowHall.Domain.Ratings;

/// <summary>
/// Where the rectification (整改) of a 差评 stands, after zwfw-ui's <c>evaluate/reform.vue</c>:
/// 待核实 → 无效差评, or → 已核实 → 整改中 → 整改完成 | 无法整改. The legal moves are in
/// <see cref="RectificationRules"/>.
/// </summary>
public enum RectificationStatus
{
    /// <summary>待整改（待核实）: opened by the bad rating; whether the complaint is valid is not yet checked (回访).</summary>
    PendingReview,
    /// <summary>已核实: found valid (谁办理谁负责), waiting for the handling unit to start.</summary>
    Verified,
    /// <summary>整改中: the unit is rectifying, within the deadline (extended at most once).</summary>
    InProgress,
    /// <summary>整改完成: done, with the outcome fed back to the applicant.</summary>
    Completed,
    /// <summary>无法整改: cannot be rectified (e.g. no legal basis), with the reason explained to the applicant.</summary>
    Impossible,
    /// <summary>无效差评: found invalid on review (误评, 恶意差评), with the reason.</summary>
    Invalid,
}
