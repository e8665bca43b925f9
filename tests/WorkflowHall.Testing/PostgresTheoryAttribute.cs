namespace WorkflowHall.Testing;

/// <summary>A theory that needs PostgreSQL; see <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!PostgresTestDatabase.IsConfigured) Skip = PostgresTestDatabase.SkipReason;
    }
}
