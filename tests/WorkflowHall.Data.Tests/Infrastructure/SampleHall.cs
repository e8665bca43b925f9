using System.Collections.Immutable;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Data.Tests.Infrastructure;

/// <summary>A small county hall: a tree, posts held by named clerks, the standard workflow and one licence matter.</summary>
public static class SampleHall
{
    public const string County = "qc";
    public const string Forestry = "qc-forestry";
    public const string Town = "qc-gujing";
    public const string Village = "qc-gujing-cun";
    public const string MatterCode = "11341602MB192539823411602001000";

    /// <summary>A citizen ID number whose check character was worked out by hand (sum 194 mod 11 = 7 → '5').</summary>
    public const string Applicant = "440106199001011235";
    public const string Permit = "野外用火许可证";
    public const string PermitType = "11100000000013338W011";

    public static async Task<TestHall> CreateAsync(string provider)
    {
        var hall = await TestHall.CreateAsync(provider);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            db.OrgUnits.AddRange(
                Unit("bz", "亳州市", "City", "Region", null),
                Unit(County, "谯城区", "County", "Region", "bz"),
                Unit(Forestry, "谯城区林业局", "County", "Department", County),
                Unit(Town, "古井镇", "Town", "Region", County),
                Unit(Village, "古井村便民服务点", "Village", "ServicePoint", Town));
            foreach (var (user, post, unit) in new[]
            {
                ("zhang.wei", "window-acceptance", Forestry), ("li.na", "section-review", Forestry), ("wang.qiang", "leader-approval", Forestry),
                ("zhao.min", "issuing", Forestry), ("sun.li", "agency-head", Forestry), ("zhou.jie", "village-agent", Village),
            })
            {
                db.People.Add(new PersonRecord { UserName = user, Name = user, Kind = "staff" });
                db.PostHoldings.Add(new PostHoldingRecord { UserName = user, Post = post, UnitCode = unit });
            }
            await db.SaveChangesAsync();
        }
        await hall.PublishStandardAsync();
        var saved = await hall.Matters.SaveDraftAsync(Guide(), "admin");
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        var published = await hall.Matters.PublishAsync(MatterCode, "admin", "首次发布");
        Assert.True(published.Succeeded, published.Error?.ToString());
        return hall;
    }

    public static ServiceGuide Guide() => new()
    {
        Name = "野外用火审批",
        CatalogCode = "0100201000",
        ImplementationCode = MatterCode,
        MatterType = "01",
        LegalBasis = ["《森林防火条例》第二十五条"],
        ImplementingBody = new ImplementingBody("谯城区林业局", "11341602MB19253982"),
        HandlingUnit = new HandlingBody("谯城区林业局") { Unit = Forestry },
        StatutoryLimit = new GuideTimeLimit(20),
        PromisedLimit = new GuideTimeLimit(5),
        CaseType = 2,
        Result = new MatterResult(Permit) { Type = "证照", CertificateTypeCode = PermitType, ValidYears = 1 },
        Materials =
        [
            new MaterialSpec("野外用火申请表") { Mandatory = true },
            new MaterialSpec("申请人身份证明") { Mandatory = true, CertificateTypeCode = "11100000000013338W001" },
            new MaterialSpec("用火区域示意图") { Mandatory = false },
        ],
        WorkflowKey = "standard-approval",
    };

    private static OrgUnitRecord Unit(string code, string name, string level, string kind, string? parent) =>
        new() { Code = code, Name = name, Level = level, Kind = kind, ParentCode = parent };

    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
}
