namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>What a request could change of one case: its row, its workflow instance and trail, its open steps and what hangs off it.</summary>
public sealed record CaseState(string CaseRow, int CaseRevision, string CaseStatus, string InstanceStatus, int InstanceRevision, long TrailLength,
    string OpenSteps, int Materials, int Ratings, int Certificates, int SpecialProcedures)
{
    /// <summary>Where the workflow is: which steps are open (not who holds them) and whether it ended — what the case row must reflect.</summary>
    public string Position => InstanceStatus + ":" + string.Join(",", OpenSteps.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split(':')[0]).Order(StringComparer.Ordinal));

    public string Describe() =>
        $"case {CaseStatus} rev {CaseRevision}, instance {InstanceStatus} rev {InstanceRevision}, trail {TrailLength}, steps [{OpenSteps}], materials {Materials}, ratings {Ratings}, certificates {Certificates}";
}
