using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Tests.Time;

public class IsoDurationTests
{
    private static readonly TimeSpan China = HallTime.Offset;
    private static readonly DateTimeOffset Monday9am = new(2026, 3, 2, 9, 0, 0, China);

    [Theory]
    [InlineData("PT2H", 0, 2, 0, 0)]
    [InlineData("PT0.5H", 0, 0, 30, 0)]
    [InlineData("PT1,5H", 0, 1, 30, 0)]
    [InlineData("PT90M", 0, 1, 30, 0)]
    [InlineData("PT45S", 0, 0, 0, 45)]
    [InlineData("PT1.25S", 0, 0, 0, 1.25)]
    [InlineData("P3D", 3, 0, 0, 0)]
    [InlineData("P0.5D", 0, 12, 0, 0)]
    [InlineData("P1W", 7, 0, 0, 0)]
    [InlineData("P1W2D", 9, 0, 0, 0)]
    [InlineData("P1DT12H", 1, 12, 0, 0)]
    [InlineData("PT36H", 1, 12, 0, 0)]
    [InlineData("P2DT3H4M5S", 2, 3, 4, 5)]
    public void Exact_durations_add_their_length(string text, int days, int hours, int minutes, double seconds)
    {
        var expected = Monday9am + new TimeSpan(days, hours, minutes, 0) + TimeSpan.FromSeconds(seconds);

        Assert.Equal(expected, IsoDuration.Parse(text).AddTo(Monday9am));
    }

    [Fact]
    public void A_month_is_added_calendar_wise_and_clamps_to_the_end_of_a_shorter_month()
    {
        var january31 = new DateTimeOffset(2026, 1, 31, 10, 0, 0, China);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 10, 0, 0, China), IsoDuration.Parse("P1M").AddTo(january31));
    }

    [Fact]
    public void Years_and_months_are_added_as_whole_months_before_days_and_time()
    {
        var start = new DateTimeOffset(2026, 1, 15, 8, 0, 0, China);

        Assert.Equal(new DateTimeOffset(2027, 3, 18, 12, 5, 6, China), IsoDuration.Parse("P1Y2M3DT4H5M6S").AddTo(start));
    }

    [Fact]
    public void Months_are_added_in_China_time_so_the_China_date_decides_the_month()
    {
        // 2026-01-31T20:00Z is already 1 February 04:00 in China; a month later is 1 March, not 28 February.
        var armed = new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero);

        var due = IsoDuration.Parse("P1M").AddTo(armed);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 4, 0, 0, China), due);
        Assert.Equal(China, due.Offset);
    }

    [Fact]
    public void The_parts_are_kept_and_written_back_in_canonical_form()
    {
        var duration = IsoDuration.Parse("P1Y2M3W4DT5H6M7.5S");

        Assert.Equal((1, 2, 3m, 4m, 5m, 6m, 7.5m),
            (duration.Years, duration.Months, duration.Weeks, duration.Days, duration.Hours, duration.Minutes, duration.Seconds));
        Assert.Equal("P1Y2M3W4DT5H6M7.5S", duration.ToString());
        Assert.Equal("PT0S", IsoDuration.Parse("PT0S").ToString());
        Assert.True(IsoDuration.Parse("P0D").IsZero);
    }

    [Theory]
    [InlineData("", "时长为空", "The duration is empty")]
    [InlineData("1D", "时长必须以 'P' 开头", "must start with 'P'")]
    [InlineData("P", "时长里没有任何数值", "has no parts")]
    [InlineData("PT", "'T' 后面缺少时、分或秒", "must be followed by hours, minutes or seconds")]
    [InlineData("P1DT", "'T' 后面缺少时、分或秒", "must be followed by hours, minutes or seconds")]
    [InlineData("P1X", "第 3 个字符处的 'X' 不是时长单位", "Unknown designator 'X' at position 3")]
    [InlineData("PT1h", "第 4 个字符处的 'h' 不是时长单位", "Unknown designator 'h' at position 4")]
    [InlineData("P1H", "第 3 个字符处的 'H' 前面要有 'T'", "'H' at position 3 needs a 'T'")]
    [InlineData("PT1D", "第 4 个字符处的 'D' 应写在 'T' 之前", "'D' at position 4 belongs before the 'T'")]
    [InlineData("P1D2Y", "第 5 个字符处的 'Y' 重复或顺序不对", "'Y' at position 5 is repeated or out of order")]
    [InlineData("P1D1D", "第 5 个字符处的 'D' 重复或顺序不对", "'D' at position 5 is repeated or out of order")]
    [InlineData("PT1H30", "第 5 个字符处的数字后面缺少单位", "The number at position 5 has no designator")]
    [InlineData("P1.5DT2H", "只有最后（最小）的一项可以带小数", "Only the last (smallest) part may have a fraction")]
    [InlineData("P0.5M", "月数不能带小数", "months cannot have a fraction")]
    [InlineData("P1.Y", "小数点后缺少数字", "must be followed by digits")]
    [InlineData("PTH", "'H' 前面缺少数字", "Designator 'H' at position 3 has no number before it")]
    [InlineData("-P1D", "不支持负的时长", "Negative durations are not supported")]
    [InlineData("P-1D", "不支持负的时长", "Negative durations are not supported")]
    [InlineData("P1D T2H", "第 4 个字符 ' ' 不应出现在时长中", "Unexpected character ' ' at position 4")]
    [InlineData("P2000Y", "时长超过 1000 年", "longer than 1000 years")]
    [InlineData("P1234567890D", "数字太大", "too large")]
    public void Malformed_durations_are_refused_saying_what_is_wrong(string text, string zh, string en)
    {
        Assert.False(IsoDuration.TryParse(text, out _, out var errorZh, out var errorEn));
        Assert.Contains(zh, errorZh);
        Assert.Contains(en, errorEn);
    }

    [Fact]
    public void Parse_throws_a_format_exception_in_both_languages()
    {
        var error = Assert.Throws<FormatException>(() => IsoDuration.Parse("P1X"));

        Assert.Contains("'X'", error.Message);
        Assert.Contains("不是时长单位", error.Message);
        Assert.Contains("Unknown designator", error.Message);
    }
}
