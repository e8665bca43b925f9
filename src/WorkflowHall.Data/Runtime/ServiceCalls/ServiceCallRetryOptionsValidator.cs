using Microsoft.Extensions.Options;

namespace WorkflowHall.Data.Runtime.ServiceCalls;

/// <summary>A bad retry setting stops start-up with a message naming the key.</summary>
public sealed class ServiceCallRetryOptionsValidator : IValidateOptions<ServiceCallRetryOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceCallRetryOptions options)
    {
        List<string> failures = [];
        const string section = ServiceCallRetryOptions.Section;
        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"{section}:{nameof(options.MaxAttempts)}: 须在 1 到 100 之间 / must be between 1 and 100 (is {options.MaxAttempts})");
        }
        if (options.FirstDelay <= TimeSpan.Zero)
        {
            failures.Add($"{section}:{nameof(options.FirstDelay)}: 须大于零 / must be more than zero (is {options.FirstDelay})");
        }
        if (options.MaxDelay < options.FirstDelay)
        {
            failures.Add($"{section}:{nameof(options.MaxDelay)}: 不得小于 {nameof(options.FirstDelay)} / must not be less than {nameof(options.FirstDelay)} (is {options.MaxDelay})");
        }
        if (options.BatchSize < 1)
        {
            failures.Add($"{section}:{nameof(options.BatchSize)}: 须至少为 1 / must be at least 1 (is {options.BatchSize})");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
