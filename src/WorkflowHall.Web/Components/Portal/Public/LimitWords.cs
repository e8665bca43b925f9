using Microsoft.Extensions.Localization;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Components.Portal.Public;

/// <summary>Time limits as a guide prints them: "7 个工作日", "当场办结" for an instant matter's zero, "4 小时" for a step.</summary>
internal static class LimitWords
{
    public static string Of(IStringLocalizer<PublicText> l, GuideTimeLimit limit) => limit.Amount <= 0
        ? l["当场办结"]
        : limit.Unit switch
        {
            "naturalDays" => l["{0} 个自然日", limit.Amount],
            "hours" => l["{0} 小时", limit.Amount],
            _ => l["{0} 个工作日", limit.Amount],
        };

    public static string Of(IStringLocalizer<PublicText> l, TimeLimit? limit) => limit is null
        ? l["不限"]
        : limit.Unit switch
        {
            TimeLimitUnit.NaturalDays => l["{0} 个自然日", limit.Amount.ToString("0.##")],
            TimeLimitUnit.Hours => l["{0} 小时", limit.Amount.ToString("0.##")],
            _ => l["{0} 个工作日", limit.Amount.ToString("0.##")],
        };

    public static string Stage(IStringLocalizer<PublicText> l, HallStage? stage) => stage switch
    {
        HallStage.Accept => l["受理"],
        HallStage.Review => l["审核"],
        HallStage.Approve => l["审批"],
        HallStage.Issue => l["办结/发证"],
        _ => l["办理"],
    };
}
