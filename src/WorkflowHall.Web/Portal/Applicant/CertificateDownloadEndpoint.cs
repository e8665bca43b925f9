using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Certificates;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>
/// <c>GET /my/certificates/{identifier}/download</c>: the holder's copy of a certificate of their case — the
/// PDF when this hall can make one, otherwise the signed electronic certificate as a JSON file. Owner only.
/// </summary>
internal static class CertificateDownloadEndpoint
{
    public static void MapCertificateDownloads(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/my/certificates/{identifier}/download", DownloadAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{HallRoles.Applicant},{HallRoles.Agent}" });

    private static async Task<IResult> DownloadAsync(string identifier, CurrentHallUser current, IDbContextFactory<HallDbContext> contexts,
        CertificateService certificates, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var user = await current.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Identifier == identifier, cancellationToken);
        var owner = certificate is null ? null : await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificate.CaseId, cancellationToken);
        if (certificate is null || owner is null)
        {
            return Results.Text($"没有电子证照 {identifier} / There is no certificate {identifier}", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
        // The signed copy carries the holder's whole number: the holder's alone, not the agent who filed for them.
        if (!CaseAccess.IsApplicant(user, owner))
        {
            return Results.Text("电子证照只能由持证人本人下载 / Only the holder may download the certificate", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        try
        {
            var pdf = await certificates.RenderPdfAsync(certificate.Identifier, cancellationToken);
            if (pdf.Succeeded) return Results.File(pdf.Value!, "application/pdf", certificate.Identifier + ".pdf");
        }
        catch (Exception e) when (e is InvalidOperationException or CertificateFontNotFoundException)
        {
            // No PDFsharp licence or no Chinese font on this node (the default): the signed certificate itself is the holder's copy.
            loggers.CreateLogger(typeof(CertificateDownloadEndpoint)).LogInformation("Certificate {Identifier} given as JSON: {Reason}", certificate.Identifier, e.Message);
        }
        var file = CertificateFile.From(certificate, owner.CaseNumber, certificates.VerifyUrl(certificate.Identifier));
        return Results.File(file.ToUtf8Json(), "application/json", certificate.Identifier + ".json");
    }
}
