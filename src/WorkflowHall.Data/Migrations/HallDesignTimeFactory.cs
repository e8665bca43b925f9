using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowHall.Data.Migrations;

/// <summary>
/// For <c>dotnet ef … --context HallDbContext -- --provider Postgres</c>: the provider's migrations context (its set and
/// snapshot are in <c>Migrations/Sqlite</c>, <c>Postgres</c>, <c>SqlServer</c>). Migrations/README.md has the commands.
/// </summary>
internal sealed class HallDesignTimeFactory : IDesignTimeDbContextFactory<HallDbContext>
{
    public HallDbContext CreateDbContext(string[] args)
    {
        using var model = new HallDbContext(DesignTimeDatabase.Options<HallDbContext>(DesignTimeDatabase.Read(args)));
        return HallDatabase.MigrationsContext(model);
    }
}
