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

    [Theory]
    [InlineData(UnitRule.HandlingUnit, "forestry")]
    [InlineData(UnitRule.ParentUnit, "county")]
    [InlineData(UnitRule.ApplicantVillage, "village")]
    public void A_steps_post_is_looked_up_in_the_unit_its_rule_names(UnitRule rule, string expected) =>
        Assert.Equal(expected, Directory.UnitFor(rule, "forestry", "village"));

    [Fact]
    public void Holding_a_post_is_specific_to_the_unit()
    {
        Assert.True(Directory.Holds("zhang.wei", "window-acceptance", "forestry"));
        Assert.False(Directory.Holds("zhang.wei", "window-acceptance", "county"));
        Assert.False(Directory.Holds("li.na", "window-acceptance", "forestry"));
        Assert.Equal(["village", "town", "county", "city"], Directory.Ancestry("village").Select(u => u.Code));
    }
}
