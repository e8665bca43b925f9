using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Data.Seeding;

/// <summary>The variables a case's instance starts with, as <see cref="Hall.CaseApplications"/> gives them.</summary>
internal static class CaseStart
{
    public static Dictionary<string, object?> Variables(CaseRecord record, string applicant, IReadOnlyDictionary<string, object?> form, CaseUnits units) => new()
    {
        ["applicant"] = applicant,
        ["applicantNumber"] = record.ApplicantNumber,
        ["applicantName"] = record.ApplicantName,
        ["caseNumber"] = record.CaseNumber,
        ["matter"] = record.ImplementationCode,
        ["applicantVillage"] = record.ApplicantVillage,
        ["form"] = form,
        [CaseUnits.VariableName] = units.ToVariable(),
    };
}
