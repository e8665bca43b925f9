using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WorkflowHall.Data.Migrations;

/// <summary>
/// Names a new migration of <typeparamref name="TContext"/>'s model like EF does (<c>yyyyMMddHHmmss_Name</c>, the current UTC time), but never earlier than the last
/// migration of any provider's set of the same model: the hand-written ids run ahead of the calendar, and EF applies
/// migrations in id order, so a new one must sort after them. A change already added for another provider keeps its id.
/// </summary>
public sealed partial class FollowingMigrationsIdGenerator<TContext> : IMigrationsIdGenerator where TContext : DbContext
{
    private const string Format = "yyyyMMddHHmmss";

    public string GenerateId(string name)
    {
        // TContext is the model's own context type (HallDbContext); each provider's migrations context derives from it.
        var model = typeof(TContext);
        var last = model.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType.IsAssignableTo(model) == true)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .DefaultIfEmpty(null)
            .Max(StringComparer.Ordinal);
        if (last is not null && GetName(last) == name) return last; // the same change, already added for another provider
        var lastAt = last is null ? DateTime.MinValue : DateTime.ParseExact(last[..Format.Length], Format, CultureInfo.InvariantCulture);
        var now = DateTime.UtcNow;
        var at = now > lastAt ? now : lastAt.AddSeconds(1);
        return $"{at.ToString(Format, CultureInfo.InvariantCulture)}_{name}";
    }

    public string GetName(string id) => id[(Format.Length + 1)..];

    public bool IsValidId(string value) => Id().IsMatch(value);

    [GeneratedRegex("^[0-9]{14}_.+")]
    private static partial Regex Id();
}
