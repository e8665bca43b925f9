namespace WorkflowHall.Data;

/// <summary>
/// How instants are stored: UTC <see cref="DateTime"/>s to the microsecond — what PostgreSQL keeps, so
/// that hashes over stored times survive the round trip. SQLite hands them back without a kind;
/// <see cref="HallDbContext"/> marks them UTC again, and values read by other means go through
/// <see cref="FromStored(DateTime)"/>.
/// </summary>
public static class StoredTime
{
    /// <summary>The instant to the microsecond.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % 10));

    public static DateTime ToStored(DateTimeOffset instant) => Truncate(instant).UtcDateTime;

    public static DateTimeOffset FromStored(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    public static DateTimeOffset? FromStored(DateTime? stored) => stored is { } value ? FromStored(value) : null;
}
