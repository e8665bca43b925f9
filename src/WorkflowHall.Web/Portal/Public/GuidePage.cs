using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>What the service-guide page shows: the published guide and the steps of the workflow its cases run on.</summary>
/// <param name="Steps">Empty when the workflow is not published (the guide is then shown without a diagram).</param>
/// <param name="PostNamesEn">English post names by code, for the English page.</param>
public sealed record GuidePage(ServiceGuide Guide, int Version, ProcessSteps Steps, IReadOnlyDictionary<string, string> PostNamesEn);
