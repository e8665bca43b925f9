using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkflowHall.Data;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Web.Hosting;

namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>
/// Where drafts come from besides the designer's own saves: a new workflow from the hall's standard template
/// or from an imported file, and an earlier version brought back as the draft (published versions never change).
/// </summary>
public sealed partial class WorkflowDrafts(DefinitionStore definitions, WorkflowCatalog catalog, WorkflowsFolder workflows)
{
    public const string TemplateFile = "standard-approval.bpmn";

    public async Task<HallResult<string>> FromTemplateAsync(string? key, string? name, string actor, CancellationToken cancellationToken = default)
    {
        key = key?.Trim() ?? "";
        if (!KeyPattern().IsMatch(key))
        {
            return new HallError("workflow.key", "流程标识须以字母开头，只含字母、数字、连字符、下划线或点，最长 64 个字符",
                "A workflow key starts with a letter and holds only letters, digits, hyphens, underscores or dots, at most 64 characters") { Target = "key" };
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            return new HallError("workflow.name", "请填写流程名称", "Give the workflow a name") { Target = "name" };
        }
        if (await catalog.ExistsAsync(key, cancellationToken)) return Exists(key);
        if (workflows.File(TemplateFile) is not { } template)
        {
            return new HallError("workflow.template", "找不到标准流程模板文件", "The standard workflow template file is missing");
        }

        var document = XDocument.Load(template, LoadOptions.PreserveWhitespace);
        XNamespace model = BpmnNamespaces.Model;
        XNamespace di = BpmnNamespaces.Di;
        var process = document.Root!.Element(model + "process")!;
        var templateKey = (string)process.Attribute("id")!;
        process.SetAttributeValue("id", key);
        process.SetAttributeValue("name", name.Trim());
        foreach (var plane in document.Descendants(di + "BPMNPlane").Where(p => (string?)p.Attribute("bpmnElement") == templateKey))
        {
            plane.SetAttributeValue("bpmnElement", key);
        }
        return await SaveAsync($"{document.Declaration}\n{document.Root!.ToString(SaveOptions.DisableFormatting)}", key, actor, cancellationToken);
    }

    /// <summary>A new workflow from a BPMN file: its process id becomes the key, which must not be taken yet.</summary>
    public async Task<HallResult<string>> FromFileAsync(string xml, string actor, CancellationToken cancellationToken = default)
    {
        var import = BpmnReader.Read(xml);
        if (import.Definition is not { } definition)
        {
            var problem = import.Problems.FirstOrDefault();
            return new HallError("workflow.file", $"文件无法导入：{problem?.MessageZh}", $"The file cannot be imported: {problem?.MessageEn}");
        }
        if (await catalog.ExistsAsync(definition.Key, cancellationToken)) return Exists(definition.Key);
        return await SaveAsync(xml, definition.Key, actor, cancellationToken);
    }

    /// <summary>Makes an earlier version the draft again, to edit and publish as the next version.</summary>
    public async Task<HallResult<string>> RevertAsync(string key, int version, string actor, CancellationToken cancellationToken = default)
    {
        if (await definitions.GetAsync(key, version, cancellationToken) is not { } published)
        {
            return new HallError("workflow.version", $"流程 \"{key}\" 没有第 {version} 版", $"Definition \"{key}\" has no version {version}");
        }
        return await SaveAsync(published.Record.Bpmn, key, actor, cancellationToken);
    }

    private async Task<HallResult<string>> SaveAsync(string xml, string key, string actor, CancellationToken cancellationToken)
    {
        var saved = await definitions.SaveDraftAsync(xml, actor, key, cancellationToken);
        if (saved.Saved) return key;
        var problem = saved.Import.Problems.FirstOrDefault();
        return new HallError("workflow.file", $"文件无法导入：{problem?.MessageZh}", $"The file cannot be imported: {problem?.MessageEn}");
    }

    private static HallError Exists(string key) => new("workflow.exists",
        $"流程 \"{key}\" 已存在；要替换它，请在它的设计器中导入文件", $"Workflow \"{key}\" already exists; to replace it, import the file in its designer")
    {
        Target = "key",
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex KeyPattern();
}
