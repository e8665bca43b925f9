using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>A matter as the public sees it: the guide of its published version.</summary>
public sealed record PublishedMatter(ServiceGuide Guide, int Version)
{
    public string ImplementationCode => Guide.ImplementationCode;

    /// <summary>The units the matter is handled by: implementing body, handling unit and case unit (the department filter's keys).</summary>
    public IEnumerable<string> Units => new[] { Guide.ImplementingBody.Unit, Guide.HandlingUnit.Unit, Guide.CaseUnits?.Handling }
        .OfType<string>()
        .Where(u => u != CaseUnitRule.ApplicantTown)
        .Distinct(StringComparer.Ordinal);
}
