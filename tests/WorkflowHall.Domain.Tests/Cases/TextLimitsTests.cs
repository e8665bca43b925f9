using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Domain.Tests.Cases;

public class TextLimitsTests
{
    [Fact]
    public void A_limit_counts_characters_after_trimming_and_names_the_field_in_both_languages()
    {
        var limit = TextLimits.Purpose;

        Assert.False(limit.IsExceededBy("  " + new string('事', limit.Max) + "  "));
        Assert.True(limit.IsExceededBy(new string('事', limit.Max + 1)));
        Assert.Equal("申请事由最多 500 个字，现有 501 个字，请精简", limit.MessageZh(new string('事', 501)));
        Assert.Equal("The purpose of the application may be at most 500 characters; it has 501. Shorten it", limit.MessageEn(new string('事', 501)));
    }

    [Fact]
    public void Form_fields_take_their_own_limit_or_the_general_one_under_their_own_name()
    {
        Assert.Same(TextLimits.Purpose, TextLimits.ForFormField("purpose"));
        Assert.Equal(TextLimits.Address.Max, TextLimits.ForFormField("mailingAddress").Max);
        Assert.Equal(("area", TextLimits.FormField.Max), (TextLimits.ForFormField("area").Field, TextLimits.ForFormField("area").Max));
    }
}
