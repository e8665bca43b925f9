using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace WorkflowHall.Data.Settings;

public static class HallOptionsServiceCollectionExtensions
{
    /// <summary>
    /// Options of type <typeparamref name="T"/> bound to the configuration <paramref name="section"/> and checked when the host
    /// starts: a value that does not read as its type, a data annotation or the options' own <c>IValidatableObject</c> rule that
    /// fails stops start-up with a message naming the key (e.g. <c>Database:Provider</c>), in Chinese and English.
    /// The checked value itself is registered too, for consumers that take <typeparamref name="T"/> rather than <c>IOptions&lt;T&gt;</c>.
    /// </summary>
    public static OptionsBuilder<T> AddHallOptions<T>(this IServiceCollection services, string section) where T : class
    {
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, SectionValidation<T>>(_ => new SectionValidation<T>(section)));
        return services.AddOptions<T>()
            // Before binding: the binder's own error names the key in English only and buries it in a stack trace.
            .Configure<IConfiguration>((_, configuration) => UnreadableSettings.ThrowIfAny<T>(configuration.GetSection(section)))
            .BindConfiguration(section)
            .ValidateOnStart();
    }
}
