using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>A case of the matrix as the generator reads it: what its routes need, and who may act on its open step.</summary>
public sealed record FixtureCase(CaseStage Stage, CaseRecord Case)
{
    public required string DefinitionKey { get; init; }
    public required int DefinitionVersion { get; init; }

    /// <summary>The open step, if any, else the last step (routes that name a work item still get a real one).</summary>
    public required string WorkItemId { get; init; }
    public required string? OpenStepPost { get; init; }

    /// <summary>The decisions the open step offers (its <c>hall:actions</c>), the first being the one it usually takes.</summary>
    public required IReadOnlyList<string> OpenStepActions { get; init; }

    /// <summary>The first user task of the workflow, the target of a return.</summary>
    public required string FirstStepNodeId { get; init; }
    public required long MaterialId { get; init; }
    public string? CertificateIdentifier { get; init; }

    /// <summary>People who hold the open step's post at the handling unit or above: they, and only they among the staff, may act.</summary>
    public required IReadOnlySet<string> MayActOnStep { get; init; }

    public string InstanceId => Case.Id;
    public string CaseNumber => Case.CaseNumber;
}
