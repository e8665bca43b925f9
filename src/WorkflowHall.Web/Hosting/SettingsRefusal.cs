using Microsoft.Extensions.Options;

namespace WorkflowHall.Web.Hosting;

/// <summary>Why the settings were refused at start-up: each failure once (options made from others fail with them), one line each.</summary>
internal static class SettingsRefusal
{
    public static string? Of(Exception exception)
    {
        var refusals = exception is AggregateException all ? all.InnerExceptions : [exception];
        return refusals.All(r => r is OptionsValidationException)
            ? string.Join(Environment.NewLine, refusals.Cast<OptionsValidationException>().SelectMany(r => r.Failures).Distinct())
            : null;
    }
}
