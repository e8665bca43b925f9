using WorkflowHall.Domain.Matters;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Domain.Cases;

/// <summary>
/// The units one case's steps are handled in: the handling unit, the unit above it, and the
/// applicant's village. Worked out once when the case is registered and carried in the instance's
/// variables (<see cref="VariableName"/>), so every node routes the case's steps the same way.
/// </summary>
public sealed record CaseUnits(string Handling, string? Parent, string? ApplicantVillage)
{
    public const string VariableName = "units";

    public string? For(UnitRule rule) => rule switch
    {
        UnitRule.ParentUnit => Parent ?? Handling,
        UnitRule.ApplicantVillage => ApplicantVillage ?? Handling,
        _ => Handling,
    };

    /// <summary>Resolves a matter's unit rule for an applicant; null with a reason when it cannot.</summary>
    public static CaseUnits? Resolve(ServiceGuide guide, OrgDirectory directory, string? applicantVillage, out string? problemZh, out string? problemEn)
    {
        problemZh = problemEn = null;
        var handling = guide.CaseUnits?.Handling ?? guide.HandlingUnit.Unit;
        if (handling == CaseUnitRule.ApplicantTown)
        {
            handling = directory.Find(applicantVillage)?.ParentCode;
            if (handling is null)
            {
                (problemZh, problemEn) = ("本事项在申请人户籍所在乡镇（街道）办理，请选择申请人所在的村（社区）",
                    "This matter is handled in the applicant's town; give the village or community the applicant lives in");
                return null;
            }
        }
        if (handling is null || directory.Find(handling) is null)
        {
            (problemZh, problemEn) = ($"承办单位 \"{handling}\" 不在组织机构中", $"Handling unit \"{handling}\" is not in the organisation tree");
            return null;
        }
        return new CaseUnits(handling, guide.CaseUnits?.Parent ?? directory.Find(handling)!.ParentCode, applicantVillage);
    }

    public IReadOnlyDictionary<string, object?> ToVariable() => new Dictionary<string, object?>
    {
        ["handling"] = Handling,
        ["parent"] = Parent,
        ["applicantVillage"] = ApplicantVillage,
    };

    public static CaseUnits? FromVariables(IReadOnlyDictionary<string, object?> variables) =>
        variables.GetValueOrDefault(VariableName) is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("handling") is string handling
            ? new CaseUnits(handling, map.GetValueOrDefault("parent") as string, map.GetValueOrDefault("applicantVillage") as string)
            : null;
}
