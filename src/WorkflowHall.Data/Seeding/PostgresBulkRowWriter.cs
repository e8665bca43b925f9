using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace WorkflowHall.Data.Seeding;

/// <summary>PostgreSQL: per batch one transaction holding a binary COPY per table (<see cref="NpgsqlBinaryImporter"/>).</summary>
internal sealed class PostgresBulkRowWriter(IModel model, string connectionString) : BulkRowWriter(model)
{
    private readonly NpgsqlConnection _connection = new(connectionString);

    protected override Task OpenAsync(CancellationToken cancellationToken) => _connection.OpenAsync(cancellationToken);

    public override async Task WriteAsync(BulkBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in Tables)
        {
            var rows = batch.Rows(table.RowType);
            if (rows.Count == 0) continue;
            var types = table.Columns.Select(TypeOf).ToArray();
            await using var importer = await _connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < types.Length; i++)
                {
                    if (table.Columns[i].Value(row) is { } value) await importer.WriteAsync(value, types[i], cancellationToken);
                    else await importer.WriteNullAsync(cancellationToken);
                }
            }
            await importer.CompleteAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The wire type for a column, from the store type EF gave it (text and varchar share theirs).</summary>
    private static NpgsqlDbType TypeOf(BulkColumn column) => column.Mapping.StoreType switch
    {
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        "timestamp without time zone" => NpgsqlDbType.Timestamp,
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "boolean" => NpgsqlDbType.Boolean,
        "numeric" => NpgsqlDbType.Numeric,
        var type when type.StartsWith("character varying", StringComparison.Ordinal) || type == "text" => NpgsqlDbType.Text,
        var type => throw new NotSupportedException($"Column {column.Name} has store type {type}, which the bulk writer does not handle."),
    };

    public override async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
