using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Tests.Administration;

public class OrganisationChangesTests
{
    /// <summary>谯城区林业局's code in the demo hall, valid by both check characters.</summary>
    private const string ValidUscc = "11341602003060412P";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_with_a_wrong_check_character_is_refused_with_the_right_one_named(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        var changes = new OrganisationChanges(hall.Contexts, hall.Directory, hall.Clock);

        var refused = await changes.AddUnitAsync(new NewOrgUnit("qc-water", "谯城区水利局", OrgLevel.County, OrgUnitKind.Department, SampleHall.County)
            { Uscc = "11341602003060412X", RegionCode = "341602" }, "qian.lei");

        Assert.Equal(("uscc.check-character", "uscc"), (refused.Error?.Code, refused.Error?.Target));
        Assert.Contains("第 18 位校验码应为 P", refused.Error!.MessageZh);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.False(await db.OrgUnits.AnyAsync(u => u.Code == "qc-water"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_unit_and_a_post_held_there_are_in_this_nodes_directory_at_once(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            db.Posts.Add(new PostRecord { Code = "window-acceptance", Name = "窗口受理" });
            await db.SaveChangesAsync();
        }
        var changes = new OrganisationChanges(hall.Contexts, hall.Directory, hall.Clock);
        Assert.Null((await hall.Directory.GetAsync()).Find("qc-water")); // read and cached before the change

        var unit = await changes.AddUnitAsync(new NewOrgUnit("qc-water", "谯城区水利局", OrgLevel.County, OrgUnitKind.Department, SampleHall.County)
            { Uscc = " 11341602003060412p ", RegionCode = "341602" }, "qian.lei");
        var person = await changes.AddStaffAsync(new NewStaffPerson("qin.hai", "秦海", "0558-5530000"), "qian.lei");
        var post = await changes.AssignPostAsync("qin.hai", "window-acceptance", "qc-water", "qian.lei");

        Assert.True(unit.Succeeded && person.Succeeded && post.Succeeded, $"{unit.Error} {person.Error} {post.Error}");
        Assert.Equal(ValidUscc, unit.Value!.Uscc);
        var tree = await hall.Directory.GetAsync();
        Assert.Equal(SampleHall.County, tree.Find("qc-water")?.ParentCode);
        Assert.True(tree.Holds("qin.hai", "window-acceptance", "qc-water"));

        Assert.True((await changes.RemovePostAsync("qin.hai", "window-acceptance", "qc-water", "qian.lei")).Succeeded);
        Assert.False((await hall.Directory.GetAsync()).Holds("qin.hai", "window-acceptance", "qc-water"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Impossible_changes_are_refused_with_the_field_they_concern(string provider)
    {
        await using var hall = await SampleHall.CreateAsync(provider);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            db.Posts.Add(new PostRecord { Code = "window-acceptance", Name = "窗口受理" });
            db.People.Add(new PersonRecord { UserName = "liu.wei", Name = "刘伟", Kind = "person", Number = SampleHall.Applicant });
            await db.SaveChangesAsync();
        }
        var changes = new OrganisationChanges(hall.Contexts, hall.Directory, hall.Clock);

        var taken = await changes.AddUnitAsync(new NewOrgUnit(SampleHall.Forestry, "林业局", OrgLevel.County, OrgUnitKind.Department, SampleHall.County) { Uscc = ValidUscc }, "qian.lei");
        var orphan = await changes.AddUnitAsync(new NewOrgUnit("qc-x", "某局", OrgLevel.County, OrgUnitKind.Department, null) { Uscc = ValidUscc }, "qian.lei");
        var above = await changes.AddUnitAsync(new NewOrgUnit("qc-y", "某市", OrgLevel.City, OrgUnitKind.Region, SampleHall.County) { Uscc = ValidUscc }, "qian.lei");
        var applicant = await changes.AssignPostAsync("liu.wei", "window-acceptance", SampleHall.Forestry, "qian.lei");
        var twice = await changes.AssignPostAsync("zhang.wei", "window-acceptance", SampleHall.Forestry, "qian.lei");
        var userName = await changes.AddStaffAsync(new NewStaffPerson("zhang.wei", "张伟", null), "qian.lei");

        Assert.Equal(("org.code-taken", "code"), (taken.Error?.Code, taken.Error?.Target));
        Assert.Equal(("org.parent", "parentCode"), (orphan.Error?.Code, orphan.Error?.Target));
        Assert.Equal(("org.level", "level"), (above.Error?.Code, above.Error?.Target));
        Assert.Equal("org.not-staff", applicant.Error?.Code);
        Assert.Equal("org.already-held", twice.Error?.Code);
        Assert.Equal("org.user-name-taken", userName.Error?.Code);
    }
}
