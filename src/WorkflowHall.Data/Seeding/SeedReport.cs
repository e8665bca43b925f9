namespace WorkflowHall.Data.Seeding;

/// <summary>What a seed run made: applicants, cases by status, and how fast.</summary>
public sealed record SeedReport(int Applicants, int Cases, IReadOnlyDictionary<string, int> ByStatus, bool Bulk, TimeSpan Elapsed, TimeSpan CasesElapsed)
{
    public double CasesPerSecond => Cases / Math.Max(CasesElapsed.TotalSeconds, 0.001);
}
