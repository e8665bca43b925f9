using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Domain.Tests.Identity;

public class CaseNumberTests
{
    private const string ImplementationCode = "11370800MB285591843370117002011";

    [Fact]
    public void A_case_number_is_implementation_code_then_date_then_four_digit_serial()
    {
        var number = CaseNumber.Format(ImplementationCode, new DateOnly(2026, 12, 1), 1).Value!;

        Assert.Equal("11370800MB285591843370117002011202612010001", number.Value);
        Assert.Equal("11370800MB285591843370117002011202612010001", number.ToString());
    }

    [Fact]
    public void A_number_from_the_Guangdong_feed_splits_into_its_parts()
    {
        var number = CaseNumber.Parse("12441500196720244T3442199806003202206230068").Value!;

        Assert.Equal("12441500196720244T3442199806003", number.ImplementationCode);
        Assert.Equal(new DateOnly(2022, 6, 23), number.Date);
        Assert.Equal(68, number.Serial);
    }

    [Fact]
    public void A_formatted_number_parses_back_to_the_same_number()
    {
        var formatted = CaseNumber.Format(ImplementationCode, new DateOnly(2026, 2, 28), 9999).Value!;

        Assert.Equal(formatted, CaseNumber.Parse(formatted.Value).Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void A_serial_outside_1_to_9999_is_refused(int serial)
    {
        var error = CaseNumber.Format(ImplementationCode, new DateOnly(2026, 12, 1), serial).Error!;

        Assert.Equal("case-number.serial", error.Code);
        Assert.Equal($"当日流水号应为 1 至 9999，您给出的是 {serial}", error.MessageZh);
        Assert.Equal($"The daily serial is from 1 to 9999, not {serial}", error.MessageEn);
    }

    [Fact]
    public void An_implementation_code_longer_than_36_characters_is_refused()
    {
        var error = CaseNumber.Format(new string('1', 37), new DateOnly(2026, 12, 1), 1).Error!;

        Assert.Equal("实施编码最多 36 位，您给出了 37 位", error.MessageZh);
    }

    [Fact]
    public void An_implementation_code_with_punctuation_is_refused()
    {
        var error = CaseNumber.Format("1137-0800", new DateOnly(2026, 12, 1), 1).Error!;

        Assert.Equal("实施编码第 5 位“-”无效，只能使用数字和大写字母", error.MessageZh);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_quoted_back()
    {
        var error = CaseNumber.Parse(ImplementationCode + "202602300001").Error!;

        Assert.Equal("case-number.date", error.Code);
        Assert.Equal("办件编号中流水号前的 8 位日期 20260230 不存在", error.MessageZh);
    }

    [Fact]
    public void A_serial_of_0000_is_refused()
    {
        var error = CaseNumber.Parse(ImplementationCode + "202612010000").Error!;

        Assert.Equal("办件编号的最后 4 位流水号应为 0001 至 9999，您输入的是 0000", error.MessageZh);
    }

    [Fact]
    public void A_number_too_short_to_hold_a_date_and_serial_is_refused()
    {
        var error = CaseNumber.Parse("202612010001").Error!;

        Assert.Equal("case-number.length", error.Code);
        Assert.Contains("您输入了 12 位", error.MessageZh);
    }
}
