using Npgsql;

namespace WorkflowHall.Testing;

/// <summary>
/// A PostgreSQL database of its own (<c>wh_test_&lt;guid&gt;</c>, UTF8), created through the admin
/// connection string in <c>WORKFLOWHALL_TEST_POSTGRES</c> and dropped on dispose. Use it in tests marked
/// <see cref="PostgresFactAttribute"/> or <see cref="PostgresTheoryAttribute"/>.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    /// <summary>The environment variable holding an admin (superuser or CREATEDB) Npgsql connection string.</summary>
    public const string EnvironmentVariable = "WORKFLOWHALL_TEST_POSTGRES";

    public const string SkipReason = "PostgreSQL not configured: set WORKFLOWHALL_TEST_POSTGRES (.ci/run does)";

    private bool _disposed;

    private PostgresTestDatabase(string databaseName, string connectionString)
    {
        DatabaseName = databaseName;
        ConnectionString = connectionString;
    }

    /// <summary>The admin connection string, or null when PostgreSQL is not configured.</summary>
    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => AdminConnectionString is not null;

    public override string Provider => Postgres;

    public override string ConnectionString { get; }

    public string DatabaseName { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = $"wh_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken);
            // template0 so the encoding can be UTF8 whatever template1 is; the cluster's locale stays.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, IncludeErrorDetail = true };
        return new PostgresTestDatabase(name, builder.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        // Idle pooled connections to the database would otherwise be terminated under the pool's feet.
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString!);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
