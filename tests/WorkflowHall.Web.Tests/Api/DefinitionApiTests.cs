using System.Net.Http.Headers;
using System.Text;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

public sealed class DefinitionApiTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    private readonly HttpClient _admin = factory.Client(HallApiFactory.AdminKey);

    [Fact]
    public async Task Importing_malformed_bpmn_is_a_422_listing_the_problem_and_saves_nothing()
    {
        var response = await _admin.PostXmlAsync("/api/definitions", SampleBpmn.Malformed);

        var problem = await response.ExpectAsync(422);
        Assert.Equal("DefinitionUnreadable", problem.Text("code"));
        var item = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal("MalformedXml", item.Text("code"));
        Assert.Contains("XML", item.Text("messageZh"));
        Assert.False(string.IsNullOrEmpty(item.Text("messageEn")));
    }

    [Fact]
    public async Task A_draft_with_problems_is_saved_but_publishing_it_is_a_422_with_every_problem()
    {
        var saved = await (await _admin.PostXmlAsync("/api/definitions", SampleBpmn.WithThreeProblems)).ExpectAsync(200);
        Assert.Equal("broken-process", saved.Text("key"));
        Assert.False(saved.GetProperty("publishable").GetBoolean());
        Assert.Equal(3, saved.GetProperty("problems").GetArrayLength());

        var response = await _admin.PostJsonAsync("/api/definitions/broken-process/publish", new { note = "试发布" });

        var problem = await response.ExpectAsync(422);
        Assert.Equal("DefinitionInvalid", problem.Text("code"));
        var codes = problem.GetProperty("problems").EnumerateArray().Select(p => p.Text("code")).Order().ToList();
        Assert.Equal(["GatewayShape", "MissingAssignment", "NoEndEvent"], codes);
        Assert.All(problem.GetProperty("problems").EnumerateArray(), p =>
        {
            Assert.False(string.IsNullOrEmpty(p.Text("elementId")));
            Assert.False(string.IsNullOrEmpty(p.Text("elementKind")));
            Assert.False(string.IsNullOrEmpty(p.Text("messageZh")));
        });
        var versions = await (await _admin.GetAsync("/api/definitions?key=broken-process")).ExpectAsync(200);
        Assert.Equal(0, versions.GetArrayLength());
    }

    [Fact]
    public async Task Validating_reports_problems_without_saving_a_draft()
    {
        var report = await (await _admin.PostXmlAsync("/api/definitions/validate", SampleBpmn.WithThreeProblems.Replace("broken-process", "validate-only")))
            .ExpectAsync(200);
        var publish = await _admin.PostJsonAsync("/api/definitions/validate-only/publish", new { });

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(3, report.GetProperty("problems").GetArrayLength());
        Assert.Equal("NotFound", (await publish.ExpectAsync(404)).Text("code"));
    }

    [Fact]
    public async Task A_file_uploaded_as_a_multipart_form_is_imported()
    {
        var bpmn = SampleBpmn.Standard().Replace("\"standard-approval\"", "\"uploaded-approval\"");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(bpmn));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(file, "file", "uploaded-approval.bpmn");

        var saved = await (await _admin.PostAsync("/api/definitions", form)).ExpectAsync(200);

        Assert.Equal("uploaded-approval", saved.Text("key"));
        Assert.True(saved.GetProperty("publishable").GetBoolean());
        Assert.Equal("admin", saved.Text("savedBy"));
    }

    [Fact]
    public async Task A_file_nested_100000_deep_is_refused_by_import_and_validate_naming_the_depth_limit_and_the_element()
    {
        var deep = SampleBpmn.Standard().Replace("\"standard-approval\"", "\"deep-approval\"")
            .Replace("</bpmn:process>", string.Concat(Enumerable.Repeat("<bpmn:subProcess>", 100_000)) + string.Concat(Enumerable.Repeat("</bpmn:subProcess>", 100_000)) + "</bpmn:process>");

        var imported = await (await _admin.PostXmlAsync("/api/definitions", deep)).ExpectAsync(422);
        var validated = await (await _admin.PostXmlAsync("/api/definitions/validate", deep)).ExpectAsync(200);

        Assert.Equal("DefinitionUnreadable", imported.Text("code"));
        foreach (var problem in new[] { Assert.Single(imported.GetProperty("problems").EnumerateArray()), Assert.Single(validated.GetProperty("problems").EnumerateArray()) })
        {
            Assert.Equal("DocumentTooDeep", problem.Text("code"));
            Assert.Equal("subProcess", problem.Text("elementKind"));
            Assert.Contains("超过 64 层的上限", problem.Text("messageZh"));
            Assert.Contains("<bpmn:subProcess>", problem.Text("messageEn"));
        }
        Assert.False(validated.GetProperty("valid").GetBoolean());
        Assert.Equal(0, (await (await _admin.GetAsync("/api/definitions?key=deep-approval")).ExpectAsync(200)).GetArrayLength());
    }

    [Fact]
    public async Task A_file_past_the_size_limit_is_a_413_naming_the_limit_whether_sent_as_the_body_or_in_a_form()
    {
        static string Huge(int megabytes) => SampleBpmn.Standard().Replace("</bpmn:process>", $"<!--{new string('x', megabytes * 1024 * 1024)}--></bpmn:process>");
        using var form = new MultipartFormDataContent();
        // Past the server's form limit too, not only the reader's.
        form.Add(new StringContent(Huge(25), Encoding.UTF8, "application/xml"), "file", "huge.bpmn");

        foreach (var response in new[] { await _admin.PostXmlAsync("/api/definitions", Huge(17)), await _admin.PostAsync("/api/definitions/validate", form) })
        {
            var problem = await response.ExpectAsync(413);
            Assert.Equal("TooLarge", problem.Text("code"));
            Assert.Contains("16 MB 的上限", problem.Text("messageZh"));
            Assert.Contains("16 MB limit", problem.Text("messageEn"));
        }
    }

    [Fact]
    public async Task A_body_that_is_not_xml_is_a_415()
    {
        var response = await _admin.PostJsonAsync("/api/definitions", new { bpmn = "<definitions/>" });

        Assert.Equal("UnsupportedMediaType", (await response.ExpectAsync(415)).Text("code"));
    }
}
