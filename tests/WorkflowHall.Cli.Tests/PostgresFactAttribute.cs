using WorkflowHall.Cli.Tests.Seeding;

namespace WorkflowHall.Cli.Tests;

/// <summary>A fact that needs PostgreSQL: skipped unless <c>WORKFLOWHALL_TEST_POSTGRES</c> holds an admin connection string (.ci/postgres.sh sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (SeededHall.PostgresAdmin is null) Skip = $"PostgreSQL not configured: set {SeededHall.PostgresVariable}";
    }
}
