using Microsoft.Extensions.Options;
using WorkflowHall.Data.Runtime.ServiceCalls;

namespace WorkflowHall.Web.Hosting;

/// <summary>The retry schedule of failed service calls, from the <c>ServiceCalls</c> section, checked at start-up.</summary>
public static class ServiceCallRetryConfiguration
{
    public static IServiceCollection AddServiceCallRetries(this IServiceCollection services)
    {
        services.AddOptions<ServiceCallRetryOptions>().BindConfiguration(ServiceCallRetryOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceCallRetryOptions>, ServiceCallRetryOptionsValidator>();
        return services;
    }
}
