using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Domain.Tests;

internal static class SampleGuides
{
    public static readonly ServiceGuide Minimal = new()
    {
        Name = "测试事项",
        CatalogCode = "0100201000",
        ImplementationCode = "11341602MB192539823411602001000",
        MatterType = "01",
        LegalBasis = ["《行政许可法》"],
        ImplementingBody = new ImplementingBody("谯城区林业局", "11341602MB19253982"),
        HandlingUnit = new HandlingBody("谯城区林业局") { Unit = "forestry" },
        StatutoryLimit = new GuideTimeLimit(20),
        PromisedLimit = new GuideTimeLimit(5),
        Materials = [new MaterialSpec("申请表")],
        WorkflowKey = "standard-approval",
    };

    /// <summary>The twelve demo matters of <c>samples/hall/matters</c>.</summary>
    public static IEnumerable<(string File, ServiceGuide Guide)> Demo() =>
        Directory.GetFiles(Path.Combine(Calendars.RepositoryRoot(), "samples", "hall", "matters"), "*.json").Order()
            .Select(f => (Path.GetFileName(f), ServiceGuideJson.Deserialize(File.ReadAllText(f))));
}
