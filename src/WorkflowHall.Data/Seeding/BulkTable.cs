using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowHall.Data.Seeding;

/// <summary>One table as the EF model maps it — its name, and each column with its store type and a fast getter — so bulk rows are stored as EF stores them.</summary>
internal sealed class BulkTable
{
    private BulkTable(Type rowType, string name, IReadOnlyList<BulkColumn> columns) => (RowType, Name, Columns) = (rowType, name, columns);

    public Type RowType { get; }
    public string Name { get; }
    public IReadOnlyList<BulkColumn> Columns { get; }

    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    public static BulkTable For(IModel model, Type rowType)
    {
        var entity = model.FindEntityType(rowType) ?? throw new InvalidOperationException($"{rowType.Name} is not in the model.");
        var row = Expression.Parameter(typeof(object), "row");
        var columns = entity.GetProperties()
            // Database-generated keys (identity, autoincrement) are left to the database.
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long)))
            .Select(p => new BulkColumn(
                p.GetColumnName(),
                p.GetRelationalTypeMapping(),
                p.IsNullable,
                Expression.Lambda<Func<object, object?>>(
                    Expression.Convert(Expression.Property(Expression.Convert(row, rowType), p.PropertyInfo!), typeof(object)), row).Compile()))
            .ToList();
        return new BulkTable(rowType, entity.GetTableName()!, columns);
    }
}
