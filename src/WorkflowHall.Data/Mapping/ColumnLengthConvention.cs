using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

/// <summary>
/// A string column's default length, from what its name says it holds: an id, a person, a hash, a name or
/// a code. A record's configuration states only the exceptions; a string whose name says none of these is
/// free text and stays unbounded. Runs as each property is added, so the provider's column type already
/// sees the length.
/// </summary>
internal sealed class ColumnLengthConvention : IPropertyAddedConvention
{
    public void ProcessPropertyAdded(IConventionPropertyBuilder propertyBuilder, IConventionContext<IConventionPropertyBuilder> context)
    {
        var property = propertyBuilder.Metadata;
        if (property.ClrType == typeof(string) && LengthFor(property.Name) is { } length)
        {
            propertyBuilder.HasMaxLength(length);
        }
    }

    internal static int? LengthFor(string name) => name switch
    {
        "CaseId" or "CaseNumber" or "InstanceId" => Limits.Id,
        _ when name.EndsWith("NodeId", StringComparison.Ordinal) => Limits.Id,
        "DefinitionKey" or "WorkflowKey" => Limits.Key,
        "Actor" or "Assignee" or "Owner" or "Recipient" => Limits.Actor,
        _ when EndsWithAny(name, "UserName", "By") => Limits.Actor,
        _ when EndsWithAny(name, "Hash", "Sha256") => Limits.Hash,
        _ when EndsWithAny(name, "Name", "NameEn", "Identifier") => Limits.Name,
        "Status" or "Channel" or "Stage" or "Level" or "KeyId" or "EngineId" => Limits.Code,
        _ when EndsWithAny(name, "Code", "Unit", "Post", "Kind", "Number", "Phone", "Uscc") => Limits.Code,
        _ => null,
    };

    private static bool EndsWithAny(string name, params ReadOnlySpan<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
