namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>
/// The applicant's side of the portal: applying online with uploads, the receipt, one's own cases with
/// their timeline, supplements, withdrawal, rating and certificates. The pages are Razor components in
/// <c>Components/Portal/Applicant</c>; what is not a page (uploads, certificate downloads) is mapped here.
/// </summary>
internal static class ApplicantPortalConfiguration
{
    public static IServiceCollection AddHallApplicantPortal(this IServiceCollection services)
    {
        services.AddSingleton<MyCasesQuery>();
        return services;
    }

    public static void MapHallApplicantPortal(this IEndpointRouteBuilder routes)
    {
        routes.MapMaterialUploads();
        routes.MapCertificateDownloads();
    }
}
