using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Domain.Tests.Identity;

public class CitizenIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    // GB 11643-1999's own example. Digits × weights (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2):
    // 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
    // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → "10X98765432"[2] = X.
    private const string StandardExample = "11010519491231002X";

    // 4·7 + 4·9 + 0·10 + 1·5 + 0·8 + 6·4 + 1·2 + 9·1 + 9·6 + 0·3 + 0·7 + 1·9 + 0·10 + 1·5 + 1·8 + 2·4 + 3·2
    // = 28+36+0+5+0+24+2+9+54+0+0+9+0+5+8+8+6 = 194; 194 mod 11 = 7 → "10X98765432"[7] = 5.
    private const string GuangzhouMan = "440106199001011235";

    [Fact]
    public void The_standards_own_example_is_valid_with_check_character_X()
    {
        var check = CitizenIdNumber.Parse(StandardExample, Today);

        Assert.True(check.IsValid);
        Assert.Equal(StandardExample, check.Value.Value);
    }

    [Fact]
    public void A_published_number_ending_in_X_is_valid()
    {
        // From a public ID-checker's README. 3·7+4·9+0·10+5·5+2·8+4·4+1·2+9·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2
        // = 21+36+0+25+16+16+2+9+48+0+0+9+0+5+0+0+2 = 189; 189 mod 11 = 2 → X.
        Assert.True(CitizenIdNumber.Parse("34052419800101001X", Today).IsValid);
    }

    [Fact]
    public void Birth_date_sex_and_region_are_read_from_the_number()
    {
        var id = CitizenIdNumber.Parse(GuangzhouMan, Today).Value!;

        Assert.Equal(new DateOnly(1990, 1, 1), id.BirthDate);
        Assert.True(id.IsMale); // sequence 123 is odd
        Assert.Equal("440106", id.RegionCode);
    }

    [Fact]
    public void An_even_sequence_code_is_a_woman()
    {
        var id = CitizenIdNumber.Parse(StandardExample, Today).Value!;

        Assert.False(id.IsMale); // sequence 002
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
    }

    [Fact]
    public void A_lower_case_x_is_read_as_X()
    {
        Assert.Equal(StandardExample, CitizenIdNumber.Parse("11010519491231002x", Today).Value!.Value);
    }

    [Fact]
    public void Full_width_characters_and_surrounding_spaces_are_accepted()
    {
        var check = CitizenIdNumber.Parse("\u3000１１０１０５１９４９１２３１００２ｘ ", Today);

        Assert.Equal(StandardExample, check.Value!.Value);
    }

    [Fact]
    public void A_wrong_check_character_names_the_one_expected()
    {
        var error = CitizenIdNumber.Parse("440106199001011234", Today).Error!;

        Assert.Equal("citizen-id.check-character", error.Code);
        Assert.Equal("第 18 位校验码应为 5，您输入的是 4", error.MessageZh);
        Assert.Equal("The check character (18th) should be 5, not 4", error.MessageEn);
    }

    [Fact]
    public void A_number_one_short_says_how_many_characters_were_typed()
    {
        var error = CitizenIdNumber.Parse("44010619900101123", Today).Error!;

        Assert.Equal("citizen-id.length", error.Code);
        Assert.Equal("身份证号码应为 18 位，您输入了 17 位", error.MessageZh);
        Assert.Equal("An ID number has 18 characters; this one has 17", error.MessageEn);
    }

    [Fact]
    public void An_old_15_digit_number_is_refused_with_a_pointer_to_the_18_digit_one()
    {
        var error = CitizenIdNumber.Parse("110105491231002", Today).Error!;

        Assert.Equal("身份证号码应为 18 位，您输入了 15 位（15 位的第一代身份证号码已停用，请填写 18 位号码）", error.MessageZh);
    }

    [Fact]
    public void A_letter_among_the_first_17_characters_is_named_with_its_position()
    {
        var error = CitizenIdNumber.Parse("4401a6199001011235", Today).Error!;

        Assert.Equal("citizen-id.character", error.Code);
        Assert.Equal("第 5 位“a”不是数字，身份证号码前 17 位只能是数字", error.MessageZh);
        Assert.Equal("Character 5 ('a') is not a digit; the first 17 characters of an ID number are digits", error.MessageEn);
    }

    [Fact]
    public void A_space_inside_the_number_is_called_a_space()
    {
        var error = CitizenIdNumber.Parse("440106 99001011235", Today).Error!;

        Assert.Equal("第 7 位空格不是数字，身份证号码前 17 位只能是数字", error.MessageZh);
    }

    [Fact]
    public void Only_a_digit_or_X_may_stand_in_18th_place()
    {
        var error = CitizenIdNumber.Parse("44010619900101123Y", Today).Error!;

        Assert.Equal("第 18 位“Y”无效，校验码只能是数字或 X", error.MessageZh);
        Assert.Equal("Character 18 ('Y') is not allowed; the check character is a digit or X", error.MessageEn);
    }

    [Fact]
    public void An_address_code_outside_every_province_is_refused()
    {
        var error = CitizenIdNumber.Parse("990106199001011235", Today).Error!;

        Assert.Equal("citizen-id.region", error.Code);
        Assert.Equal("地址码 99 开头不是有效的省级行政区划代码", error.MessageZh);
        Assert.Equal("The address code starts with 99, which is not a province-level region code", error.MessageEn);
    }

    [Fact]
    public void A_birth_date_that_does_not_exist_is_quoted_back()
    {
        var error = CitizenIdNumber.Parse("440106199002301234", Today).Error!;

        Assert.Equal("citizen-id.birth-date", error.Code);
        Assert.Equal("出生日期 19900230 不存在", error.MessageZh);
        Assert.Equal("Birth date 19900230 does not exist", error.MessageEn);
    }

    // 1·7+1·9+0·10+1·5+0·8+5·4+2·2+0·1+2·6+6·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 7+9+0+5+0+20+4+0+12+18+0+9+0+5+0+0+2 = 91;
    // 91 mod 11 = 3 → 9.
    private const string BornOnNewYearsDay2026 = "110105202601010019";

    [Fact]
    public void A_birth_date_after_today_is_refused()
    {
        var error = CitizenIdNumber.Parse(BornOnNewYearsDay2026, new DateOnly(2025, 12, 31)).Error!;

        Assert.Equal("第 7 位起的出生日期 20260101 晚于今天", error.MessageZh);
        Assert.Equal("The birth date starting at character 7 (20260101) is after today", error.MessageEn);
    }

    [Fact]
    public void A_child_born_today_may_already_have_a_number()
    {
        Assert.True(CitizenIdNumber.Parse(BornOnNewYearsDay2026, new DateOnly(2026, 1, 1)).IsValid);
    }

    [Fact]
    public void A_birth_date_before_1900_is_refused()
    {
        // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+8·1+9·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+1·2 = 194; 194 mod 11 = 7 → 5.
        var error = CitizenIdNumber.Parse("110105189912310015", Today).Error!;

        Assert.Equal("出生日期 18991231 早于 1900 年", error.MessageZh);
        Assert.Equal("Birth date 18991231 is before 1900", error.MessageEn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_typed_asks_for_the_number(string? text)
    {
        var error = CitizenIdNumber.Parse(text, Today).Error!;

        Assert.Equal("citizen-id.empty", error.Code);
        Assert.Equal("请输入身份证号码", error.MessageZh);
    }

    [Fact]
    public void The_masked_form_keeps_the_first_four_and_last_four_characters()
    {
        var id = CitizenIdNumber.Parse(GuangzhouMan, Today).Value!;

        Assert.Equal("4401**********1235", id.Masked);
    }

    [Fact]
    public void Writing_a_number_into_text_by_accident_shows_it_masked()
    {
        var id = CitizenIdNumber.Parse(GuangzhouMan, Today).Value!;

        Assert.Equal("申请人 4401**********1235", $"申请人 {id}");
    }

    [Fact]
    public void Two_readings_of_the_same_number_are_equal()
    {
        Assert.Equal(
            CitizenIdNumber.Parse(StandardExample, Today).Value,
            CitizenIdNumber.Parse(" 11010519491231002x", Today).Value);
    }
}
