namespace WorkflowHall.Data.Seeding;

/// <summary>How far a seed run is: the stage (applicants, plan, cases), work done of the total, time since the start.</summary>
public sealed record SeedProgress(string Stage, int Done, int Total, TimeSpan Elapsed);
