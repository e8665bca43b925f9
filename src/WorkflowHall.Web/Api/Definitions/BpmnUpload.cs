using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>
/// Reads a BPMN file from a request: the body itself (XML), or the first file of a multipart form. Nothing past
/// <see cref="BpmnReader.MaxDocumentSize"/> is read: a larger file is refused with 413 before it is buffered.
/// </summary>
internal static class BpmnUpload
{
    public static readonly string[] XmlContentTypes = ["application/xml", "text/xml", "application/bpmn+xml"];

    public static async Task<(string? Xml, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException || e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return (null, TooLarge()); // the form is past the server's limits, let alone the reader's
            }
            if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
            {
                return (null, HallProblems.BadRequest("表单中没有 BPMN 文件（字段名 file）", "The form holds no BPMN file (field name: file)"));
            }
            await using var stream = file.OpenReadStream();
            return await ReadTextAsync(stream, cancellationToken);
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? "";
        if (!XmlContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, HallProblems.UnsupportedMediaType(
                $"请以 application/xml、text/xml 或 multipart/form-data 上传 BPMN 文件（收到 \"{mediaType}\"）",
                $"Send the BPMN file as application/xml, text/xml or multipart/form-data (got \"{mediaType}\")"));
        }
        try
        {
            return await ReadTextAsync(request.Body, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
    }

    private static async Task<(string? Xml, ProblemHttpResult? Problem)> ReadTextAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = new StringBuilder();
        var chunk = new char[81920];
        int read;
        while ((read = await reader.ReadAsync(chunk, cancellationToken)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > BpmnReader.MaxDocumentSize) return (null, TooLarge());
        }
        return (text.ToString(), null);
    }

    private static ProblemHttpResult TooLarge() => HallProblems.TooLarge(
        $"BPMN 文件超过 {BpmnReader.MaxDocumentSize / (1024 * 1024)} MB 的上限，拒绝导入",
        $"The BPMN file is larger than the {BpmnReader.MaxDocumentSize / (1024 * 1024)} MB limit and is refused");
}
