using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace WorkflowHall.Data.Seeding;

/// <summary>SQLite: one connection, and per batch one transaction of prepared single-row INSERTs (SQLite's fastest load without extensions).</summary>
internal sealed class SqliteBulkRowWriter(IModel model, string connectionString) : BulkRowWriter(model)
{
    private readonly SqliteConnection _connection = new(connectionString);

    protected override async Task OpenAsync(CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await using var pragma = _connection.CreateCommand();
        // WAL is on already (migration); NORMAL keeps the file consistent and skips an fsync per commit. A large
        // page cache keeps the indexes' upper pages in memory, and rarer checkpoints copy the WAL back in bigger runs.
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=16384;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task WriteAsync(BulkBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in Tables)
        {
            var rows = batch.Rows(table.RowType);
            if (rows.Count == 0) continue;
            await using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
            var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(insert, "$p" + i, null, c.Nullable)).ToArray();
            insert.Parameters.AddRange(parameters);
            insert.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++) parameters[i].Value = table.Columns[i].Value(row) ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
