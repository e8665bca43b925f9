using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Data;

internal static class HallErrors
{
    /// <summary>The engine's or the runtime's refusal, as a hall error.</summary>
    public static HallError From(CommandOutcome outcome) => outcome.Rejection is { } rejection
        ? new HallError("engine." + rejection.Code.ToString(), rejection.MessageZh, rejection.MessageEn) { Target = rejection.ElementId }
        : new HallError("engine." + outcome.Kind, "操作未能完成", "The action could not be completed");
}
