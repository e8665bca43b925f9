namespace WorkflowHall.Data.Hall;

/// <summary>
/// Instants are stored as UTC <see cref="DateTime"/>s; SQLite gives them back without a kind, so
/// they are marked UTC again on the way out.
/// </summary>
internal static class StoredTime
{
    public static DateTime ToStored(DateTimeOffset instant) => instant.UtcDateTime;

    public static DateTimeOffset FromStored(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
