using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Domain.Tests.Organisations;

public class OrgDirectoryTests
{
    private static readonly OrgDirectory Directory = new(
    [
        new OrgUnit("county", "谯城区", OrgLevel.County, OrgUnitKind.Region, "city"),
        new OrgUnit("city", "亳州市", OrgLevel.City, OrgUnitKind.Region, null),
        new OrgUnit("town", "古井镇", OrgLevel.Town, OrgUnitKind.Region, "county"),
        new OrgUnit("village", "古井村", OrgLevel.Village, OrgUnitKind.ServicePoint, "town"),
        new OrgUnit("forestry", "谯城区林业局", OrgLevel.County, OrgUnitKind.Department, "county"),
    ],
    [
        new PostHolding("zhang.wei", "window-acceptance", "forestry"),
        new PostHolding("li.na", "village-agent", "village"),
    ]);

    private static ServiceGuide Guide(string? handling, CaseUnitRule? rule) => SampleGuides.Minimal with
    {
        HandlingUnit = new HandlingBody("承办机构") { Unit = handling },
        CaseUnits = rule,
    };

    [Theory]
    [InlineData(UnitRule.HandlingUnit, "forestry")]
    [InlineData(UnitRule.ParentUnit, "county")]
    [InlineData(UnitRule.ApplicantVillage, "village")]
    public void A_steps_post_is_looked_up_in_the_unit_its_rule_names(UnitRule rule, string expected)
    {
        var units = CaseUnits.Resolve(Guide("forestry", null), Directory, "village", out _, out _)!;
        Assert.Equal(expected, units.For(rule));
    }

    [Fact]
    public void A_matter_handled_in_the_applicants_town_goes_to_the_town_above_their_village_and_up_to_the_named_parent()
    {
        var units = CaseUnits.Resolve(Guide(null, new CaseUnitRule(CaseUnitRule.ApplicantTown) { Parent = "forestry" }), Directory, "village", out _, out _)!;
        Assert.Equal(("town", "forestry"), (units.Handling, units.Parent));

        Assert.Null(CaseUnits.Resolve(Guide(null, new CaseUnitRule(CaseUnitRule.ApplicantTown)), Directory, null, out var zh, out _));
        Assert.Contains("村", zh);
    }

    [Fact]
    public void Holding_a_post_is_specific_to_the_unit()
    {
        Assert.True(Directory.Holds("zhang.wei", "window-acceptance", "forestry"));
        Assert.False(Directory.Holds("zhang.wei", "window-acceptance", "county"));
        Assert.False(Directory.Holds("li.na", "window-acceptance", "forestry"));
        Assert.Equal(["village", "town", "county", "city"], Directory.Ancestry("village").Select(u => u.Code));
    }
}
