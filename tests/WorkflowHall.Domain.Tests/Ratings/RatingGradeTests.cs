using WorkflowHall.Domain.Ratings;

namespace WorkflowHall.Domain.Tests.Ratings;

public class RatingGradeTests
{
    [Theory]
    [InlineData(RatingGrade.VerySatisfied, 1, "非常满意", 5, false)]
    [InlineData(RatingGrade.Satisfied, 2, "满意", 4, false)]
    [InlineData(RatingGrade.BasicallySatisfied, 3, "基本满意", 3, false)]
    [InlineData(RatingGrade.Dissatisfied, 4, "不满意", 2, true)]
    [InlineData(RatingGrade.VeryDissatisfied, 5, "非常不满意", 1, true)]
    public void Each_grade_has_its_GBT_39046_code_name_stars_and_verdict(RatingGrade grade, int code, string chinese, int stars, bool bad)
    {
        Assert.Equal(code, grade.Code());
        Assert.Equal(grade, RatingGrades.FromCode(code));
        Assert.Equal(chinese, grade.Chinese());
        Assert.Equal(stars, grade.Stars());
        Assert.Equal(bad, grade.IsBad());
        Assert.Equal(!bad, grade.IsSatisfied());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_code_outside_one_to_five_is_no_grade(int code)
    {
        Assert.Null(RatingGrades.FromCode(code));
        Assert.False(((RatingGrade)code).IsDefined());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RatingGrade)code).Stars());
    }

    [Fact]
    public void All_lists_the_grades_best_first()
    {
        Assert.Equal([5, 4, 3, 2, 1], RatingGrades.All.Select(g => g.Stars()));
    }

    [Theory]
    [InlineData(RatingChannel.Pc, 1, "PC端")]
    [InlineData(RatingChannel.Mobile, 2, "移动服务端")]
    [InlineData(RatingChannel.QrCode, 3, "二维码")]
    [InlineData(RatingChannel.HallTablet, 4, "政务大厅平板电脑")]
    [InlineData(RatingChannel.HallOtherTerminal, 5, "政务大厅其他终端")]
    [InlineData(RatingChannel.Phone, 6, "电话")]
    [InlineData(RatingChannel.Sms, 7, "短信")]
    public void Each_channel_has_its_code_and_name(RatingChannel channel, int code, string chinese)
    {
        Assert.Equal(code, channel.Code());
        Assert.Equal(channel, RatingChannels.FromCode(code));
        Assert.Equal(chinese, channel.Chinese());
        Assert.False(string.IsNullOrEmpty(channel.English()));
    }

    [Fact]
    public void A_channel_code_outside_one_to_seven_is_no_channel()
    {
        Assert.Null(RatingChannels.FromCode(0));
        Assert.Null(RatingChannels.FromCode(8));
        Assert.False(((RatingChannel)8).IsDefined());
    }
}
