namespace WorkflowHall.Data.Supervision;

/// <summary>What one sweep run did: rows looked at and records appended by level.</summary>
public sealed record SweepResult(int Visited, int Warnings, int Breaches, int Corrections)
{
    public static readonly SweepResult None = new(0, 0, 0, 0);

    public int Recorded => Warnings + Breaches + Corrections;

    public static SweepResult operator +(SweepResult a, SweepResult b) =>
        new(a.Visited + b.Visited, a.Warnings + b.Warnings, a.Breaches + b.Breaches, a.Corrections + b.Corrections);
}
