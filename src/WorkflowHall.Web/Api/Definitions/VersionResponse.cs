using WorkflowHall.Data.Records;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>A published version as listed.</summary>
public sealed record VersionResponse(string Key, int Version, string? Name, DateTimeOffset PublishedAt, string PublishedBy, string? Note,
    bool Retired, DateTimeOffset? RetiredAt, string? RetiredBy)
{
    public static VersionResponse From(DefinitionVersionRecord record) => new(record.Key, record.Version, record.Name, UtcTime.From(record.PublishedAt),
        record.PublishedBy, record.Note, record.RetiredAt is not null, UtcTime.From(record.RetiredAt), record.RetiredBy);
}
