using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowHall.Data.Seeding;

/// <summary>A column: its name, how EF maps its values, and how to read it off a row.</summary>
internal sealed record BulkColumn(string Name, RelationalTypeMapping Mapping, bool Nullable, Func<object, object?> Read)
{
    /// <summary>The value as the provider stores it (after EF's value converter, if the mapping has one).</summary>
    public object? Value(object row)
    {
        var value = Read(row);
        return value is not null && Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
