namespace WorkflowHall.Web.Portal.Public;

/// <summary>The public portal's read models: catalog, guide page, tracking and the rating board.</summary>
internal static class PublicPortalServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<PublishedMatters>();
        services.AddSingleton<GuidePageQuery>();
        services.AddSingleton<PublicTracking>();
        services.AddSingleton<PublicRatings>();
    }
}
