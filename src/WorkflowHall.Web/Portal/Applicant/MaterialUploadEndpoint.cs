using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using WorkflowHall.Data;
using WorkflowHall.Data.Materials;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>
/// <c>POST /portal/uploads</c>: one material file from the upload island, stored by <see cref="MaterialStore"/>.
/// Answers <see cref="UploadReply"/>, or an RFC 9457 problem whose <c>detail</c> is the store's precise
/// message (413 for a file over the limit, 400 otherwise), which the island shows under the file.
/// </summary>
internal static class MaterialUploadEndpoint
{
    public const string Path = "/portal/uploads";

    /// <summary>Room for the form around the file: boundary, part headers and the antiforgery token.</summary>
    public const long FormOverhead = 64 * 1024;

    public static void MapMaterialUploads(this IEndpointRouteBuilder routes) =>
        routes.MapPost(Path, UploadAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{HallRoles.Applicant},{HallRoles.Agent}" })
            // Checked in UploadAsync instead of by the middleware: the middleware reads the whole form first,
            // so a file far over the limit would end in the server's bare 413 rather than the store's message.
            .DisableAntiforgery();

    private static async Task<IResult> UploadAsync(HttpContext context, MaterialStore store, MaterialStoreOptions options, IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        var limit = options.MaxBytes + FormOverhead;
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;

        // Far over the limit: say so from the file's name alone, read from the part headers at the start of the
        // body (the server would refuse even those bytes under the lower limit), and leave the rest unread.
        if (context.Request.ContentLength is { } declared && declared > limit)
        {
            size?.MaxRequestBodySize = declared;
            if (await FirstFileNameAsync(context.Request, cancellationToken) is not { Length: > 0 } name) return Refused(TooLarge(options));
            var refused = await store.SaveAsync(Stream.Null, name, declared, cancellationToken);
            return Refused(refused.Error ?? TooLarge(options));
        }
        size?.MaxRequestBodySize = limit;

        IFormCollection form;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (AntiforgeryValidationException)
        {
            return Refused(new HallError("upload.antiforgery", "页面已过期，请刷新页面后重新上传", "The page has expired; reload it and upload again"));
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return Refused(TooLarge(options));
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Refused(new HallError("upload.no-file", "请选择要上传的文件", "Choose a file to upload"));
        }
        await using var content = file.OpenReadStream();
        var saved = await store.SaveAsync(content, file.FileName, file.Length, cancellationToken);
        if (!saved.Succeeded) return Refused(saved.Error!);

        var stored = saved.Value!;
        var chinese = Components.Shared.ReaderLanguage.IsChinese;
        var message = chinese ? $"已上传：{file.FileName}（{MaterialSize.Text(stored.Size)}）" : $"Uploaded: {file.FileName} ({MaterialSize.Text(stored.Size)})";
        return TypedResults.Json(new UploadReply(stored.Sha256, file.FileName, stored.Size, message));
    }

    /// <summary>The name of the first file part, read from the part headers at the start of the body.</summary>
    private static async Task<string?> FirstFileNameAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            for (var section = await reader.ReadNextSectionAsync(cancellationToken); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken))
            {
                if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFileDisposition())
                {
                    return HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                }
            }
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            // The headers did not read; the message below names no file.
        }
        return null;
    }

    private static HallError TooLarge(MaterialStoreOptions options) => new("material.size",
        $"文件超过 {MaterialSize.Text(options.MaxBytes)} 的上限", $"The file exceeds the {MaterialSize.Text(options.MaxBytes)} limit");

    private static IResult Refused(HallError error) => HallProblems.Refusal(
        error.Code == "material.size" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, error);
}
