using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Domain.Tests.Identity;

public class PersonalDataMaskTests
{
    [Fact]
    public void An_id_number_keeps_its_first_four_and_last_four_characters()
    {
        Assert.Equal("4401**********1234", PersonalDataMask.MaskIdNumber("440106199001011234"));
    }

    [Fact]
    public void A_mobile_number_keeps_its_first_three_and_last_four_digits()
    {
        Assert.Equal("138****5678", PersonalDataMask.MaskPhone("13812345678"));
    }

    [Fact]
    public void A_landline_masks_everything_between_the_first_three_and_last_four()
    {
        Assert.Equal("020*****5678", PersonalDataMask.MaskPhone("020-12345678"));
    }

    [Fact]
    public void Text_too_short_to_keep_anything_safely_is_masked_whole()
    {
        Assert.Equal("********", PersonalDataMask.MaskIdNumber("12345678"));
        Assert.Equal("*******", PersonalDataMask.MaskPhone("1234567"));
    }

    [Fact]
    public void Surrounding_spaces_are_dropped_before_masking()
    {
        Assert.Equal("138****5678", PersonalDataMask.MaskPhone(" 13812345678 "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Nothing_masks_to_nothing(string? number)
    {
        Assert.Equal(string.Empty, PersonalDataMask.MaskIdNumber(number));
        Assert.Equal(string.Empty, PersonalDataMask.MaskPhone(number));
    }
}
