using WorkflowHall.Browser.Tests.Infrastructure;

namespace WorkflowHall.Browser.Tests.Audit.Supervision;

/// <summary>
/// The audit pages that read one <see cref="SeededSupervisionHall"/>: filling it takes longer than all their tests,
/// so they share it, one test after another (the one test that alters a record puts it back before the next).
/// Every other browser test class is a collection of its own and runs beside these.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SeededSupervisionCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<SeededSupervisionHall>
{
    public const string Name = "seeded supervision hall";
}
