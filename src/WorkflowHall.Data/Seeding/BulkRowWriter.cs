using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// Writes batches of rows the fast way each provider offers — binary COPY on PostgreSQL, prepared
/// INSERTs on SQLite — one transaction per batch. Column names, types and value conversions come from
/// the EF model, so the rows read back exactly as rows EF wrote. The one place that knows how each
/// provider bulk-loads.
/// </summary>
internal abstract class BulkRowWriter : IAsyncDisposable
{
    private static readonly Type[] RowTypes =
    [
        typeof(PersonRecord), typeof(CaseRecord), typeof(InstanceRecord), typeof(CaseMaterialRecord), typeof(SpecialProcedureRecord),
        typeof(WorkItemRecord), typeof(TimerRecord), typeof(ServiceCallRecord), typeof(TrailEventRecord), typeof(Records.Supervision.StepClosureRecord),
    ];

    protected BulkRowWriter(IModel model) => Tables = [.. RowTypes.Select(t => BulkTable.For(model, t))];

    protected IReadOnlyList<BulkTable> Tables { get; }

    public static async Task<BulkRowWriter> OpenAsync(IModel model, HallDatabaseOptions database, CancellationToken cancellationToken)
    {
        BulkRowWriter writer = database.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteBulkRowWriter(model, database.ConnectionString),
            DatabaseProvider.Postgres => new PostgresBulkRowWriter(model, database.ConnectionString),
            DatabaseProvider.SqlServer => throw new NotSupportedException(
                "SQL Server 还没有批量写入；请在 SQLite 或 PostgreSQL 上造数 / SQL Server has no bulk writer yet; seed SQLite or PostgreSQL instead"),
            _ => throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown database provider."),
        };
        await writer.OpenAsync(cancellationToken);
        return writer;
    }

    protected abstract Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Writes every row of the batch in one transaction.</summary>
    public abstract Task WriteAsync(BulkBatch batch, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
