using System.Text.Encodings.Web;
using System.Text.Json;

namespace WorkflowHall.Cli.Definitions;

/// <summary>
/// The machine-readable result of <c>validate --json</c>:
/// <c>{"file","valid","process","problems":[{"elementId","elementKind","code","messageZh","messageEn"}]}</c>,
/// plus <c>candidateProcessIds</c> when the file holds several processes.
/// </summary>
internal static class ValidationJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese messages stay readable; the output goes to a terminal or a file, never into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, LoadedDefinition loaded)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", loaded.File);
            json.WriteBoolean("valid", loaded.Status == DefinitionStatus.Valid);
            WriteProcess(json, loaded);
            json.WriteStartArray("problems");
            foreach (var problem in loaded.Problems)
            {
                json.WriteStartObject();
                json.WriteString("elementId", problem.ElementId);
                json.WriteString("elementKind", problem.ElementKind);
                json.WriteString("code", problem.Code);
                json.WriteString("messageZh", problem.MessageZh);
                json.WriteString("messageEn", problem.MessageEn);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (!loaded.CandidateProcessIds.IsDefaultOrEmpty)
            {
                json.WriteStartArray("candidateProcessIds");
                foreach (var id in loaded.CandidateProcessIds) json.WriteStringValue(id);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteProcess(Utf8JsonWriter json, LoadedDefinition loaded)
    {
        if (loaded.Definition is not { } definition)
        {
            json.WriteNull("process");
            return;
        }

        json.WriteStartObject("process");
        json.WriteString("id", definition.Key);
        json.WriteString("name", definition.Name);
        json.WriteNumber("nodes", definition.Nodes.Length);
        json.WriteNumber("flows", definition.Flows.Length);
        json.WriteEndObject();
    }
}
