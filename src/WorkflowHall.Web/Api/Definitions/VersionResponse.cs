using WorkflowHall.Data;
using WorkflowHall.Data.Records;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>A published version as listed.</summary>
public sealed record VersionResponse(string Key, int Version, string? Name, DateTimeOffset PublishedAt, string PublishedBy, string? Note,
    bool Retired, DateTimeOffset? RetiredAt, string? RetiredBy)
{
    public static VersionResponse From(DefinitionVersionRecord record) => new(record.Key, record.Version, record.Name, StoredTime.FromStored(record.PublishedAt),
        record.PublishedBy, record.Note, record.RetiredAt is not null, StoredTime.FromStored(record.RetiredAt), record.RetiredBy);
}
