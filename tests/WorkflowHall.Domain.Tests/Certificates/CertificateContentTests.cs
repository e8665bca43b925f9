using System.Text;
using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Domain.Tests.Certificates;

public class CertificateContentTests
{
    private static readonly CertificateContent Sample = SampleCertificate.Content;

    [Fact]
    public void Canonical_bytes_are_compact_utf8_json_with_keys_in_ordinal_order_and_times_in_utc()
    {
        var expected = "{\"caseNumber\":\"11430000006122244L4430100001000202612010001\",\"format\":\"workflowhall-certificate/1\","
            + "\"holderName\":\"张三\",\"holderNumber\":\"11010519491231002X\","
            + $"\"identifier\":\"{SampleCertificate.Identifier}\",\"implementationCode\":\"11430000006122244L4430100001000\","
            + "\"issuedAt\":\"2026-12-01T01:00:00Z\",\"issuerName\":\"长沙市残疾人联合会\",\"issuerUscc\":\"11430000006122244L\","
            + "\"matterName\":\"残疾人证核发\",\"name\":\"残疾人证\",\"previousIdentifier\":null,"
            + "\"surface\":{\"残疾等级\":\"二级\",\"残疾类别\":\"肢体\"},"
            + "\"typeCode\":\"11100000000013338W011\",\"validUntil\":\"2031-12-01\"}";

        Assert.Equal(expected, Encoding.UTF8.GetString(Sample.CanonicalBytes()));
    }

    [Fact]
    public void The_printing_order_of_surface_fields_does_not_change_the_canonical_bytes()
    {
        var reordered = Sample with { Surface = [.. Sample.Surface.Reverse()] };

        Assert.Equal(Sample.CanonicalBytes(), reordered.CanonicalBytes());
    }

    [Fact]
    public void Fractions_of_a_second_and_the_offset_of_the_issue_time_do_not_change_the_canonical_bytes()
    {
        var same = Sample with { IssuedAt = Sample.IssuedAt.AddMilliseconds(789).ToUniversalTime() };

        Assert.Equal(Sample.CanonicalBytes(), same.CanonicalBytes());
    }

    public static TheoryData<string, CertificateContent> EveryField => new()
    {
        { "identifier", Sample with { Identifier = SampleCertificate.Identifier.Replace(".001.U", ".002.X") } },
        { "name", Sample with { Name = "残疾人证（换领）" } },
        { "type code", Sample with { TypeCode = "11100000000013338W012" } },
        { "holder number", Sample with { HolderNumber = "440106199001011235" } },
        { "holder name", Sample with { HolderName = "张四" } },
        { "issuer code", Sample with { IssuerUscc = "12441500196720244T" } },
        { "issuer name", Sample with { IssuerName = "长沙市民政局" } },
        { "matter name", Sample with { MatterName = "残疾人证换领" } },
        { "implementation code", Sample with { ImplementationCode = "11430000006122244L4430100001001" } },
        { "case number", Sample with { CaseNumber = "11430000006122244L4430100001000202612010002" } },
        { "issue time", Sample with { IssuedAt = Sample.IssuedAt.AddSeconds(1) } },
        { "last valid day", Sample with { ValidUntil = new DateOnly(2036, 12, 1) } },
        { "no time limit", Sample with { ValidUntil = null } },
        { "previous identifier", Sample with { PreviousIdentifier = "1.2.156.3005.2.x" } },
        { "surface value", Sample with { Surface = [new("残疾类别", "视力"), new("残疾等级", "二级")] } },
        { "surface label", Sample with { Surface = [new("残疾种类", "肢体"), new("残疾等级", "二级")] } },
        { "surface field added", Sample with { Surface = [.. Sample.Surface, new("监护人", "张某")] } },
        { "surface field removed", Sample with { Surface = [Sample.Surface[0]] } },
    };

    [Theory, MemberData(nameof(EveryField))]
    public void Every_field_is_covered_by_the_canonical_bytes(string field, CertificateContent changed)
    {
        Assert.False(Sample.CanonicalBytes().AsSpan().SequenceEqual(changed.CanonicalBytes()), field);
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_are_escaped_and_nothing_else_is()
    {
        var text = Encoding.UTF8.GetString((Sample with { HolderName = "a\"b\\c\n<é>" }).CanonicalBytes());

        Assert.Contains("\"holderName\":\"a\\\"b\\\\c\\u000a<é>\"", text);
    }

    [Theory]
    [InlineData("2026-12-01", 5, "2031-12-01")]
    [InlineData("2028-02-29", 1, "2029-02-28")]
    [InlineData("2026-12-31", 1, "2027-12-31")]
    public void Validity_runs_to_the_corresponding_day_of_the_last_year(string issued, int years, string lastDay)
    {
        Assert.Equal(DateOnly.Parse(lastDay), CertificateContent.ValidUntilFor(DateOnly.Parse(issued), years));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Without_years_a_certificate_is_valid_without_limit(int? years)
    {
        Assert.Null(CertificateContent.ValidUntilFor(new DateOnly(2026, 12, 1), years));
    }

    [Fact]
    public void The_issue_day_is_counted_in_china_time_and_the_last_valid_day_is_still_valid()
    {
        var lateEvening = Sample with { IssuedAt = new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero) };

        Assert.Equal(new DateOnly(2026, 12, 1), lateEvening.IssuedOn);
        Assert.False(Sample.IsExpiredOn(new DateOnly(2031, 12, 1)));
        Assert.True(Sample.IsExpiredOn(new DateOnly(2031, 12, 2)));
        Assert.False((Sample with { ValidUntil = null }).IsExpiredOn(new DateOnly(2099, 1, 1)));
    }
}
