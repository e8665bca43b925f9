using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>Levels and kinds of units in the words the pages use (Chinese; the localizer gives the English).</summary>
public static class OrgWords
{
    public static string Level(OrgLevel level) => level switch
    {
        OrgLevel.Province => "省级",
        OrgLevel.City => "市级",
        OrgLevel.County => "县级",
        OrgLevel.Town => "乡镇（街道）级",
        _ => "村（社区）级",
    };

    public static string Kind(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Region => "行政区",
        OrgUnitKind.Department => "部门",
        _ => "政务服务中心 / 便民服务点",
    };

    public static string Level(string level) => Enum.TryParse<OrgLevel>(level, true, out var parsed) ? Level(parsed) : level;

    public static string Kind(string kind) => Enum.TryParse<OrgUnitKind>(kind, true, out var parsed) ? Kind(parsed) : kind;

    public static string PersonKind(string kind) => kind switch
    {
        "staff" => "工作人员",
        "administrator" => "系统管理员",
        "auditor" => "监察审计员",
        "person" => "自然人",
        "enterprise" => "法人",
        _ => kind,
    };
}
