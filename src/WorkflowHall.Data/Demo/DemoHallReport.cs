namespace WorkflowHall.Data.Demo;

/// <summary>What a load of the demo hall found in the files and what it added; all "added" counts are 0 on a second run.</summary>
public sealed record DemoHallReport
{
    public int Units { get; init; }
    public int UnitsAdded { get; init; }
    public int Posts { get; init; }
    public int PostsAdded { get; init; }
    public int People { get; init; }
    public int PeopleAdded { get; init; }
    public int Holdings { get; init; }
    public int HoldingsAdded { get; init; }
    public int Workflows { get; init; }
    public IReadOnlyList<string> WorkflowsPublished { get; init; } = [];
    public int Matters { get; init; }
    public IReadOnlyList<string> MattersPublished { get; init; } = [];

    public bool ChangedAnything => UnitsAdded + PostsAdded + PeopleAdded + HoldingsAdded + WorkflowsPublished.Count + MattersPublished.Count > 0;

    public override string ToString() =>
        $"{Units} units ({UnitsAdded} new), {Posts} posts ({PostsAdded} new), {People} people ({PeopleAdded} new), " +
        $"{Holdings} post holdings ({HoldingsAdded} new), {Workflows} workflows ({WorkflowsPublished.Count} published), " +
        $"{Matters} matters ({MattersPublished.Count} published)";
}
