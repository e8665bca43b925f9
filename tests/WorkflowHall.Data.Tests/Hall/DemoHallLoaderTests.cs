using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Demo;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Tests.Hall;

public class DemoHallLoaderTests
{
    private const string FieldFirePermit = "11341602003060412P4000100361000";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_hall_loads_every_file_and_a_second_load_changes_nothing(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);

        var first = await hall.DemoLoader.LoadAsync(TestHall.DemoSource);

        var files = Files.Read();
        Assert.Equal((29, 29), (first.Units, first.UnitsAdded));
        Assert.Equal((10, 10), (first.Posts, first.PostsAdded));
        Assert.Equal((52, 52), (first.People, first.PeopleAdded));
        Assert.Equal((files.Holdings, files.Holdings), (first.Holdings, first.HoldingsAdded));
        Assert.Equal(6, first.Workflows);
        Assert.Equal(["standard-approval", "disability-certificate", "hazardous-chemicals-licence", "instant-handling", "upper-level-approval", "village-agent-approval"],
            first.WorkflowsPublished);
        Assert.Equal(12, first.Matters);
        Assert.Equal(12, first.MattersPublished.Count);

        var before = await Counts(hall);
        hall.Clock.Advance(TimeSpan.FromHours(1));
        var second = await hall.DemoLoader.LoadAsync(TestHall.DemoSource);

        Assert.False(second.ChangedAnything, second.ToString());
        Assert.Equal(before, await Counts(hall));
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(12, await db.Matters.CountAsync(m => m.PublishedVersion == 1 && m.DraftGuideJson == null));
        Assert.Equal(12, await db.MatterVersions.CountAsync());
        Assert.All(await db.DefinitionVersions.ToListAsync(), v => Assert.Equal((1, DemoHallLoader.Actor), (v.Version, v.PublishedBy)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Units_people_and_posts_are_stored_as_the_directory_reads_them(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.DemoLoader.LoadAsync(TestHall.DemoSource);

        await using var db = await hall.Contexts.CreateDbContextAsync();
        var forestry = await db.OrgUnits.SingleAsync(u => u.Code == "bz-qc-forestry");
        Assert.Equal(("County", "Department", "bz-qc", "341602", "11341602003060412P"), (forestry.Level, forestry.Kind, forestry.ParentCode, forestry.RegionCode, forestry.Uscc));
        var province = await db.OrgUnits.SingleAsync(u => u.Code == "ah");
        Assert.Equal(("Province", "Region", null), (province.Level, province.Kind, province.ParentCode));
        Assert.Equal("ServicePoint", (await db.OrgUnits.SingleAsync(u => u.Code == "bz-gov-center")).Kind);

        var citizen = await db.People.SingleAsync(p => p.UserName == "li.xiuying");
        Assert.Equal(("person", "341602195203140626", "bz-qc-gj-zhangji"), (citizen.Kind, citizen.Number, citizen.VillageCode));
        var enterprise = await db.People.SingleAsync(p => p.UserName == "antai.chem");
        Assert.Equal(("enterprise", "91341621MA2T7K4D1A", "bz-gy-gl-gaolu"), (enterprise.Kind, enterprise.Number, enterprise.VillageCode));
        Assert.Equal("administrator", (await db.People.SingleAsync(p => p.UserName == "qian.lei")).Kind);
        Assert.Equal("auditor", (await db.People.SingleAsync(p => p.UserName == "feng.xue")).Kind);
        Assert.Equal("staff", (await db.People.SingleAsync(p => p.UserName == "wang.fang")).Kind);

        var directory = await hall.Directory.GetAsync();
        Assert.Equal(OrgLevel.Village, directory.Find("bz-qc-gj-zhangji")!.Level);
        Assert.True(directory.Holds("wang.fang", "window-acceptance", "bz-qc-amr"));
        Assert.True(directory.Holds("yang.jianjun", CaseActions.AgencyHeadPost, "bz-qc-forestry"));
        Assert.Equal(["bz-qc-gj-zhangji", "bz-qc-gj", "bz-qc", "bz", "ah"], directory.Ancestry("bz-qc-gj-zhangji").Select(u => u.Code));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_demo_applicant_applies_for_the_field_fire_permit_and_the_clerk_holding_the_window_post_accepts_it(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.DemoLoader.LoadAsync(TestHall.DemoSource);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var applicant = await db.People.SingleAsync(p => p.UserName == "liu.weidong");
        var guide = (await hall.Matters.GetAsync(FieldFirePermit))!.Value.Guide;
        var materials = new List<SubmittedMaterial>();
        foreach (var spec in guide.Materials.Where(m => m.Mandatory))
        {
            var stored = await hall.Materials.SaveAsync(new MemoryStream(SampleHall.Pdf), spec.Name + ".pdf", SampleHall.Pdf.Length);
            materials.Add(new SubmittedMaterial(spec.Name) { Sha256 = stored.Value!.Sha256, FileName = spec.Name + ".pdf" });
        }

        var applied = await hall.Applications.ApplyAsync(new ApplyRequest(FieldFirePermit, applicant.Number!, applicant.Name, applicant.UserName)
        {
            Form = new Dictionary<string, object?> { ["area"] = "古井镇古井社区承包林地", ["purpose"] = "烧除美国白蛾虫害枝叶" },
            Materials = materials,
        });
        Assert.True(applied.Succeeded, applied.Error?.ToString());
        Assert.Equal(("bz-qc-forestry", "bz-qc-gj-gujing", nameof(CaseStatus.Submitted)),
            (applied.Value!.HandlingUnit, applied.Value.ApplicantVillage, applied.Value.Status));

        var windowClerks = await db.PostHoldings.Where(h => h.Post == "window-acceptance" && h.UnitCode == applied.Value.HandlingUnit).Select(h => h.UserName).ToListAsync();
        var clerk = Assert.Single(windowClerks);
        Assert.Equal("wang.fang", clerk);
        var reviewer = await db.PostHoldings.Where(h => h.Post == "section-review" && h.UnitCode == applied.Value.HandlingUnit).Select(h => h.UserName).SingleAsync();
        Assert.Equal("action.post", (await hall.Actions.AcceptAsync(applied.Value.Id, reviewer, null)).Error!.Code);

        hall.Clock.Advance(TimeSpan.FromHours(1));
        var accepted = await hall.Actions.AcceptAsync(applied.Value.Id, clerk, "材料齐全，予以受理");

        Assert.True(accepted.Succeeded, accepted.Error?.ToString());
        Assert.Equal(nameof(CaseStatus.Accepted), accepted.Value!.Status);
        Assert.NotNull(accepted.Value.PromisedDueAt);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wrong_entry_stops_the_load_naming_its_file_and_entry_before_anything_is_written(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        using var copy = new HallCopy();
        copy.Edit("people.json", people => people["people"]!.AsArray().Single(p => (string?)p!["userName"] == "wang.jianguo")!["idNumber"] = "341602197808210314");

        var error = await Assert.ThrowsAsync<DemoHallException>(() => hall.DemoLoader.LoadAsync(copy.Source));

        Assert.Equal(("people.json", "wang.jianguo"), (error.File, error.Entry));
        Assert.Contains("校验码", error.MessageZh);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.OrgUnits.CountAsync());
        Assert.Equal(0, await db.DefinitionVersions.CountAsync());
    }

    [Fact]
    public async Task A_unit_whose_parent_comes_later_and_an_unknown_level_are_refused()
    {
        await using var hall = await TestHall.CreateAsync(TestDatabase.Sqlite);
        using var copy = new HallCopy();
        copy.Edit("organisations.json", units => units["units"]!.AsArray().Single(u => (string?)u!["code"] == "bz-qc-gj")!["level"] = "township");

        var level = await Assert.ThrowsAsync<DemoHallException>(() => hall.DemoLoader.LoadAsync(copy.Source));
        Assert.Equal(("organisations.json", "bz-qc-gj"), (level.File, level.Entry));
        Assert.Contains("Province, City, County, Town, Village", level.MessageEn);

        copy.Edit("organisations.json", units => units["units"]!.AsArray().Single(u => (string?)u!["code"] == "bz-qc-gj")!["level"] = "town");
        copy.Edit("organisations.json", units => units["units"]!.AsArray().Single(u => (string?)u!["code"] == "bz-qc-forestry")!["parent"] = "bz-qc-nowhere");
        var parent = await Assert.ThrowsAsync<DemoHallException>(() => hall.DemoLoader.LoadAsync(copy.Source));
        Assert.Equal("bz-qc-forestry", parent.Entry);
        Assert.Contains("bz-qc-nowhere", parent.MessageEn);
    }

    [Fact]
    public async Task A_matter_that_does_not_validate_is_refused_naming_its_file()
    {
        await using var hall = await TestHall.CreateAsync(TestDatabase.Sqlite);
        using var copy = new HallCopy();
        copy.Edit("matters/qc-construction-permit.json", matter => matter["promisedLimit"]!["amount"] = 99);

        var error = await Assert.ThrowsAsync<DemoHallException>(() => hall.DemoLoader.LoadAsync(copy.Source));

        Assert.Equal("matters/qc-construction-permit.json", error.File);
        Assert.Contains("promisedLimit", error.MessageEn);
    }

    private static async Task<(int, int, int, int, int, int, int)> Counts(TestHall hall)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        return (await db.OrgUnits.CountAsync(), await db.Posts.CountAsync(), await db.People.CountAsync(), await db.PostHoldings.CountAsync(),
            await db.DefinitionVersions.CountAsync(), await db.MatterVersions.CountAsync(), await db.AuditRecords.CountAsync());
    }

    /// <summary>What the files hold, counted independently of the loader.</summary>
    private sealed record Files(int Holdings)
    {
        public static Files Read()
        {
            using var people = JsonDocument.Parse(File.ReadAllText(TestHall.DemoSource.File("people.json")));
            return new Files(people.RootElement.GetProperty("people").EnumerateArray()
                .Sum(p => p.TryGetProperty("posts", out var posts) ? posts.GetArrayLength() : 0));
        }
    }

    /// <summary>A copy of samples/hall in a temporary folder, to break on purpose.</summary>
    private sealed class HallCopy : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "wh-hall-" + Guid.NewGuid().ToString("N"));

        public HallCopy()
        {
            foreach (var file in Directory.EnumerateFiles(TestHall.DemoSource.HallPath, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(_root, Path.GetRelativePath(TestHall.DemoSource.HallPath, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public DemoHallSource Source => new(_root, TestHall.DemoSource.WorkflowsPath);

        public void Edit(string file, Action<JsonNode> change)
        {
            var path = Path.Combine(_root, file);
            var node = JsonNode.Parse(File.ReadAllText(path))!;
            change(node);
            File.WriteAllText(path, node.ToJsonString());
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
