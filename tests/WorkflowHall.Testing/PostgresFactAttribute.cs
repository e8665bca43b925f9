namespace WorkflowHall.Testing;

/// <summary>
/// A fact that needs PostgreSQL: skipped when <c>WORKFLOWHALL_TEST_POSTGRES</c> is not set (locally),
/// run for real in CI, where <c>.ci/run</c> starts a throwaway cluster and sets it (and a skipped test
/// fails CI). Get a database with <see cref="PostgresTestDatabase.CreateAsync"/>.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresTestDatabase.IsConfigured) Skip = PostgresTestDatabase.SkipReason;
    }
}
