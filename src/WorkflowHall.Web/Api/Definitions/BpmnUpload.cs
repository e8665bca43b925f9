using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>Reads a BPMN file from a request: the body itself (XML), or the first file of a multipart form.</summary>
internal static class BpmnUpload
{
    public static readonly string[] XmlContentTypes = ["application/xml", "text/xml", "application/bpmn+xml"];

    public static async Task<(string? Xml, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
            {
                return (null, HallProblems.BadRequest("表单中没有 BPMN 文件（字段名 file）", "The form holds no BPMN file (field name: file)"));
            }
            await using var stream = file.OpenReadStream();
            return (await ReadTextAsync(stream, cancellationToken), null);
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? "";
        if (!XmlContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, HallProblems.UnsupportedMediaType(
                $"请以 application/xml、text/xml 或 multipart/form-data 上传 BPMN 文件（收到 \"{mediaType}\"）",
                $"Send the BPMN file as application/xml, text/xml or multipart/form-data (got \"{mediaType}\")"));
        }
        return (await ReadTextAsync(request.Body, cancellationToken), null);
    }

    private static async Task<string> ReadTextAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
