using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>
/// The pages citizens open most, on every database: a page decides "no such thing" or "not yours" only
/// once its data has loaded, however long the database takes to answer (PostgreSQL answers truly
/// asynchronously, SQLite at once). Several tries each, since a page that decides too early does so
/// on most tries, not all.
/// </summary>
public sealed class OwnPagesTests
{
    private const string FieldFirePermit = "11341602003060412P4000100361000";
    private const string MinimumLivingAllowance = "1134160200305993X34000700321000";
    private const string HazardousChemicalsLicence = "11341600MB1C7H3N5E3000100725000";
    private const int Tries = 5;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Applicants_and_a_village_agent_get_the_application_form_on_every_try(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new HallNode(database).Start();
        (string User, string Matter)[] applications =
        [
            ("liu.weidong", FieldFirePermit), ("li.xiuying", MinimumLivingAllowance),
            ("antai.chem", HazardousChemicalsLicence), ("zhang.jianguo", MinimumLivingAllowance),
        ];

        foreach (var (user, matter) in applications)
        {
            var browser = await SignedInAsync(node, user);
            for (var i = 0; i < Tries; i++)
            {
                var response = await browser.GetAsync(node, $"/matters/{matter}/apply");
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}, try {i + 1}: {(int)response.StatusCode}");
                Assert.Contains("data-testid=\"apply-form\"", html);
                Assert.Contains("data-testid=\"submit-application\"", html);
            }
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_owner_opens_the_case_its_receipt_and_the_supplement_notice_a_stranger_is_refused_and_an_unknown_number_is_not_found(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new HallNode(database).Start();
        var filed = await ApplyForFirePermitAsync(node);
        var supplement = await node.Services.GetRequiredService<CaseActions>().RequestSupplementAsync(filed.Id, "wang.fang", ["用火方案及防火措施"]);
        Assert.True(supplement.Succeeded, supplement.Error?.ToString());
        string[] pages = [$"/my/cases/{filed.CaseNumber}", $"/my/cases/{filed.CaseNumber}/receipt", $"/cases/{filed.CaseNumber}/notices/supplement"];
        var owner = await SignedInAsync(node, "liu.weidong");
        var stranger = await SignedInAsync(node, "zhang.li");

        foreach (var page in pages)
        {
            for (var i = 0; i < Tries; i++)
            {
                var response = await owner.GetAsync(node, page);
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"owner, {page}, try {i + 1}: {(int)response.StatusCode}");
                Assert.Contains(filed.CaseNumber, html);
                Assert.DoesNotContain("data-testid=\"forbidden\"", html);

                var refused = await stranger.GetAsync(node, page);
                Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"stranger, {page}, try {i + 1}: {(int)refused.StatusCode}");
                Assert.DoesNotContain("刘卫东", await refused.Content.ReadAsStringAsync());

                var unknown = await owner.GetAsync(node, page.Replace(filed.CaseNumber, "NO-SUCH-CASE"));
                Assert.True(unknown.StatusCode == HttpStatusCode.NotFound, $"unknown, {page}, try {i + 1}: {(int)unknown.StatusCode}");
            }
        }
        Assert.Contains("data-testid=\"case-status\"", await (await owner.GetAsync(node, pages[0])).Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"notice-item\"", await (await owner.GetAsync(node, pages[2])).Content.ReadAsStringAsync());
    }

    private static async Task<BrowserSession> SignedInAsync(HallNode node, string userName)
    {
        var browser = new BrowserSession();
        var signIn = await browser.SignInAsync(node, node, userName, "Hall@2026");
        Assert.True(signIn.StatusCode == HttpStatusCode.Found, $"{userName} could not sign in: {(int)signIn.StatusCode}");
        return browser;
    }

    /// <summary>刘卫东 applies for the field fire permit with a PDF for every required material.</summary>
    private static async Task<CaseRecord> ApplyForFirePermitAsync(HallNode node)
    {
        var services = node.Services;
        var guide = (await services.GetRequiredService<MatterCatalog>().GetAsync(FieldFirePermit))!.Value.Guide;
        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
        var materials = new List<SubmittedMaterial>();
        foreach (var spec in guide.Materials.Where(m => m.Mandatory))
        {
            var stored = await services.GetRequiredService<MaterialStore>().SaveAsync(new MemoryStream(pdf), spec.Name + ".pdf", pdf.Length);
            materials.Add(new SubmittedMaterial(spec.Name) { Sha256 = stored.Value!.Sha256, FileName = spec.Name + ".pdf" });
        }
        PersonRecord applicant;
        await using (var db = await services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync())
        {
            applicant = await db.People.SingleAsync(p => p.UserName == "liu.weidong");
        }
        var applied = await services.GetRequiredService<CaseApplications>().ApplyAsync(new ApplyRequest(FieldFirePermit, applicant.Number!, applicant.Name, applicant.UserName)
        {
            ApplicantPhone = applicant.Phone,
            Form = new Dictionary<string, object?> { ["contactPhone"] = applicant.Phone, ["purpose"] = "烧除美国白蛾虫害枝叶" },
            Materials = materials,
        });
        Assert.True(applied.Succeeded, applied.Error?.ToString());
        return applied.Value!;
    }
}
