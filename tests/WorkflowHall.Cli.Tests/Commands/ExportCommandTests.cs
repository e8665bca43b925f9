using System.Xml.Linq;

namespace WorkflowHall.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    private static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";

    [Fact]
    public async Task A_file_without_diagram_is_exported_with_a_shape_for_every_node()
    {
        using var folder = new TempFolder();
        var file = folder.Write("simple.bpmn", SampleBpmn.WithoutDiagram);

        var run = await CliRun.RunAsync("export", file);

        Assert.Equal(0, run.ExitCode);
        var shapes = XDocument.Parse(run.Output).Descendants(Di + "BPMNShape").Select(s => (string?)s.Attribute("bpmnElement"));
        Assert.Equal(["end", "split", "start", "task"], shapes.Order());
        var edges = XDocument.Parse(run.Output).Descendants(Di + "BPMNEdge").Select(s => (string?)s.Attribute("bpmnElement"));
        Assert.Equal(["toEnd", "toSplit", "toTask"], edges.Order());
    }

    [Fact]
    public async Task Export_to_a_file_writes_BPMN_that_validates_again()
    {
        using var folder = new TempFolder();
        var file = folder.Write("simple.bpmn", SampleBpmn.WithoutDiagram);
        var output = Path.Combine(folder.Path, "out.bpmn");

        var run = await CliRun.RunAsync("export", file, "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("已导出 / exported", run.Output);
        Assert.Equal(0, (await CliRun.RunAsync("validate", output)).ExitCode);
    }

    [Fact]
    public async Task The_standard_process_keeps_its_steps_through_export()
    {
        var run = await CliRun.RunAsync("export", "workflows/standard-approval.bpmn");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hall:actions=\"accept,refuseAccept,requestSupplement\"", run.Output);
    }

    [Fact]
    public async Task A_file_with_problems_exits_1_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var file = folder.Write("broken.bpmn", SampleBpmn.WithProblems);
        var output = Path.Combine(folder.Path, "out.bpmn");

        var run = await CliRun.RunAsync("export", file, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Empty(run.Output);
        Assert.Contains("[DanglingFlow]", run.Error);
    }

    [Fact]
    public async Task An_unreadable_file_exits_2()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.bpmn", SampleBpmn.Malformed);

        var run = await CliRun.RunAsync("export", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("[MalformedXml]", run.Error);
    }
}
