namespace WorkflowHall.Web.Api;

/// <summary>Times are stored in UTC; SQLite hands them back without a kind, so they are marked UTC before they leave.</summary>
internal static class UtcTime
{
    public static DateTimeOffset From(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? From(DateTime? value) => value is { } v ? From(v) : null;
}
