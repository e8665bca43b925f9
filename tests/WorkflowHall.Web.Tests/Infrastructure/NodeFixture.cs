
namespace WorkflowHall.Web.Tests.Infrastructure;

/// <summary>One node with the demo hall on its own SQLite database, shared by the tests of a class (<c>IClassFixture&lt;NodeFixture&gt;</c>).</summary>
public sealed class NodeFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public HallNode Node { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        Node = new HallNode(_database).Start();
    }

    public async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        await _database!.DisposeAsync();
    }
}
