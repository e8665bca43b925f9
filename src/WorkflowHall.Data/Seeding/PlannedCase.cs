namespace WorkflowHall.Data.Seeding;

/// <summary>A planned case: its place in the plan (which fixes everything about it) and when it is submitted.</summary>
public readonly record struct PlannedCase(int Index, DateTimeOffset SubmittedAt);
