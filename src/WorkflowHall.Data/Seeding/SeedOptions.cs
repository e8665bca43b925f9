namespace WorkflowHall.Data.Seeding;

/// <summary>What to generate: how many cases, from which random seed, submitted when.</summary>
public sealed record SeedOptions
{
    public required int Cases { get; init; }
    public int Seed { get; init; } = 42;
    /// <summary>The first moment a case may be submitted.</summary>
    public required DateTimeOffset From { get; init; }
    /// <summary>"Now" for the generated hall: nothing happens after it, and open cases were last touched shortly before it.</summary>
    public required DateTimeOffset Until { get; init; }
}
