namespace WorkflowHall.Web.Portal.Public;

/// <summary>The public portal's read models: catalog, guide page, tracking and the rating board.</summary>
internal static class PublicPortalConfiguration
{
    public static IServiceCollection AddHallPublicPortal(this IServiceCollection services)
    {
        services.AddSingleton<PublishedMatters>();
        services.AddSingleton<GuidePageQuery>();
        services.AddSingleton<PublicTracking>();
        services.AddSingleton<PublicRatings>();
        return services;
    }
}
