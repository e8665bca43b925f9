using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Domain.Tests.Identity;

public class ApplicantNumberTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Fact]
    public void A_citizen_id_number_identifies_a_person()
    {
        var number = ApplicantNumber.Parse("11010519491231002x", Today).Value!;

        Assert.Equal(ApplicantNumberKind.CitizenIdNumber, number.Kind);
        Assert.Equal("11010519491231002X", number.Value);
        Assert.NotNull(number.CitizenId);
        Assert.Null(number.CreditCode);
        Assert.Equal("1101**********002X", number.Masked);
    }

    [Fact]
    public void A_credit_code_identifies_an_organisation_and_is_not_masked()
    {
        var number = ApplicantNumber.Parse("91350100M000100Y43", Today).Value!;

        Assert.Equal(ApplicantNumberKind.UnifiedSocialCreditCode, number.Kind);
        Assert.Equal("91350100M000100Y43", number.CreditCode!.Value);
        Assert.Equal("91350100M000100Y43", number.Masked);
    }

    [Fact]
    public void A_number_valid_as_an_id_is_read_as_one()
    {
        // Valid ID number: 3·7+6·9+2·10+3·5+2·8+2·4+1·2+9·1+8·6+7·3+0·7+9·9+0·10+8·5+6·8+4·4+0·2 = 399;
        // 399 mod 11 = 3 → 9. (As a credit code its 17th character is wrong.)
        var number = ApplicantNumber.Parse("362322198709086409", Today).Value!;

        Assert.Equal(ApplicantNumberKind.CitizenIdNumber, number.Kind);
        Assert.False(number.CitizenId!.IsMale);
    }

    [Fact]
    public void An_all_digit_credit_code_that_is_no_id_number_is_read_as_a_credit_code()
    {
        // Constructed: organisation 40000004|2: 4·3 + 4·2 = 20; 20 mod 11 = 9; 11−9 = 2.
        // Code: 1·1 + 2·3 + 1·9 + 4·20 + 4·30 + 2·28 = 1+6+9+80+120+56 = 272; 272 mod 31 = 24; 31−24 = 7.
        // As an ID number its birth date 00400000 does not exist.
        var number = ApplicantNumber.Parse("121000004000000427", Today).Value!;

        Assert.Equal(ApplicantNumberKind.UnifiedSocialCreditCode, number.Kind);
    }

    [Fact]
    public void Digits_only_are_refused_with_the_id_number_rules()
    {
        var error = ApplicantNumber.Parse("440106199001011234", Today).Error!;

        Assert.Equal("citizen-id.check-character", error.Code);
        Assert.Equal("第 18 位校验码应为 5，您输入的是 4", error.MessageZh);
    }

    [Fact]
    public void Too_few_digits_are_refused_as_an_id_number()
    {
        Assert.Equal("身份证号码应为 18 位，您输入了 17 位", ApplicantNumber.Parse("44010619900101123", Today).Error!.MessageZh);
    }

    [Fact]
    public void Text_with_letters_is_refused_with_the_credit_code_rules()
    {
        var error = ApplicantNumber.Parse("91350100M000100Y44", Today).Error!;

        Assert.Equal("uscc.check-character", error.Code);
        Assert.Equal("第 18 位校验码应为 3，您输入的是 4", error.MessageZh);
    }

    [Fact]
    public void Nothing_typed_asks_for_either_number()
    {
        var error = ApplicantNumber.Parse("", Today).Error!;

        Assert.Equal("applicant-number.empty", error.Code);
        Assert.Equal("请输入身份证号码或统一社会信用代码", error.MessageZh);
        Assert.Equal("Enter an ID number or a unified social credit code", error.MessageEn);
    }
}
