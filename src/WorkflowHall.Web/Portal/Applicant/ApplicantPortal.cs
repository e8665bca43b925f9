namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>
/// The applicant's side of the portal: applying online with uploads, the receipt, one's own cases with
/// their timeline, supplements, withdrawal, rating and certificates. The pages are Razor components in
/// <c>Components/Portal/Applicant</c>; what is not a page (uploads, certificate downloads) is mapped here.
/// </summary>
internal static class ApplicantPortal
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<MyCasesQuery>();
    }

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapMaterialUploads();
        routes.MapCertificateDownloads();
    }
}
