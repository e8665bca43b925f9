using System.Text.Json;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Data.Cases;

/// <summary>The variables a case's instance starts with — one place, for the services and for the bulk seed alike.</summary>
internal static class CaseStartVariables
{
    /// <param name="applicant">Who filed the application and answers the supplement notice: the applicant, or the agent for them.</param>
    public static Dictionary<string, object?> Of(ServiceGuide guide, CaseRecord record, string applicant, IReadOnlyDictionary<string, object?> form, CaseUnits units)
    {
        var variables = new Dictionary<string, object?>((guide.WorkflowVariables ?? []).Select(v => KeyValuePair.Create(v.Key, DefaultOf(v.Value))))
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
        return variables;
    }

    /// <summary>
    /// A workflow variable the guide declares starts with its value, or — when the guide describes it
    /// (<c>{"type", "note", "default"}</c>; the demo matters say <c>"demo"</c>) — with that default.
    /// </summary>
    private static object? DefaultOf(JsonElement declared) =>
        declared.ValueKind == JsonValueKind.Object && (declared.TryGetProperty("default", out var value) || declared.TryGetProperty("demo", out value))
            ? VariableValue.FromJson(value)
            : VariableValue.FromJson(declared);
}
