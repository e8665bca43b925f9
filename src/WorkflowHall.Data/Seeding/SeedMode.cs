namespace WorkflowHall.Data.Seeding;

/// <summary>How cases reach the database: through the services one call at a time, or run in memory and bulk-loaded.</summary>
public enum SeedMode
{
    /// <summary>Services below <see cref="HallSeeder.BulkFrom"/> cases, bulk from there.</summary>
    Auto,
    Services,
    Bulk,
}
