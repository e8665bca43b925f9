using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Domain.Tests.Matters;

public class ServiceGuideRulesTests
{
    [Fact]
    public void Every_demo_matter_reads_and_satisfies_the_guide_rules()
    {
        var demo = SampleGuides.Demo().ToList();
        Assert.True(demo.Count >= 12);
        foreach (var (file, guide) in demo)
        {
            Assert.Empty(ServiceGuideRules.Validate(guide).Select(p => $"{file}: {p}"));
            Assert.False(guide.Materials.IsDefaultOrEmpty && !guide.IsInstant, file);
        }
    }

    [Fact]
    public void A_guide_round_trips_through_its_json_form()
    {
        var (_, guide) = SampleGuides.Demo().First();
        var again = ServiceGuideJson.Deserialize(ServiceGuideJson.Serialize(guide));
        Assert.Equal(ServiceGuideJson.Serialize(guide), ServiceGuideJson.Serialize(again));
        Assert.Equal(guide.Materials.Length, again.Materials.Length);
    }

    [Fact]
    public void Catch_all_conditions_a_promise_beyond_the_statutory_limit_and_a_bad_code_are_all_reported()
    {
        var bad = SampleGuides.Minimal with
        {
            CatalogCode = "01-002",
            AcceptanceConditions = ["具有完全民事行为能力", "法律法规规定的其他条件"],
            PromisedLimit = new GuideTimeLimit(25),
            ImplementingBody = new ImplementingBody("某局", "91350100M000100Y44"),
            Materials = [new MaterialSpec("其他材料")],
        };

        var fields = ServiceGuideRules.Validate(bad).Select(p => p.Field).ToList();

        Assert.Contains("catalogCode", fields);
        Assert.Contains("acceptanceConditions", fields);
        Assert.Contains("promisedLimit", fields);
        Assert.Contains("implementingBody.uscc", fields);
        Assert.Contains("materials[0].name", fields);
    }
}
