using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Records.Supervision;

namespace WorkflowHall.Data.Tests.Schema;

/// <summary>
/// String column lengths as each provider's model states them (no server needed): a string's length follows
/// from its name unless its configuration says otherwise, free text stays unbounded, and every string in a key
/// or index has a length — SQL Server cannot index an unbounded string.
/// </summary>
public class ColumnLengthTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Every_string_in_a_key_or_index_has_a_length(DatabaseProvider provider)
    {
        var model = DesignTimeModel(provider);

        var unbounded = model.GetEntityTypes()
            .SelectMany(e => e.GetKeys().SelectMany(k => k.Properties).Concat(e.GetIndexes().SelectMany(i => i.Properties)))
            .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null)
            .Select(p => $"{p.DeclaringType.GetTableName()}.{p.GetColumnName()}")
            .Distinct();

        Assert.Empty(unbounded);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "TEXT", "TEXT", "TEXT")]
    [InlineData(DatabaseProvider.Postgres, "character varying(50)", "character varying(100)", "text")]
    public void A_column_named_for_what_it_holds_gets_that_length_and_free_text_stays_unbounded(
        DatabaseProvider provider, string codeColumn, string actorColumn, string freeTextColumn)
    {
        var cases = DesignTimeModel(provider).FindEntityType(typeof(CaseRecord))!;

        Assert.Equal(codeColumn, cases.FindProperty(nameof(CaseRecord.Status))!.GetColumnType());
        Assert.Equal(actorColumn, cases.FindProperty(nameof(CaseRecord.ApplicantUserName))!.GetColumnType());
        Assert.Equal(freeTextColumn, cases.FindProperty(nameof(CaseRecord.DecisionReason))!.GetColumnType());
        Assert.Equal(64, cases.FindProperty(nameof(CaseRecord.ConsentDocumentSha256))!.GetMaxLength());
        Assert.Equal(200, cases.FindProperty(nameof(CaseRecord.MatterName))!.GetMaxLength());
        Assert.Null(cases.FindProperty(nameof(CaseRecord.FormJson))!.GetMaxLength());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void A_record_configuration_overrides_the_length_its_name_suggests(DatabaseProvider provider)
    {
        var log = DesignTimeModel(provider).FindEntityType(typeof(SupervisionRecord))!;

        // "…Number" reads as a code (50); the log's record numbers are 20 characters by their own configuration.
        Assert.Equal(20, log.FindProperty(nameof(SupervisionRecord.RecordNumber))!.GetMaxLength());
    }

    private static IModel DesignTimeModel(DatabaseProvider provider)
    {
        var options = new HallDatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? "Host=localhost;Database=model_only" : "Data Source=model-only.db",
        };
        using var db = new HallDbContext(HallDatabase.Options(options));
        return db.GetService<IDesignTimeModel>().Model;
    }
}
