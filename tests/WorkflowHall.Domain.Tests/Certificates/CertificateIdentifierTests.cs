using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Domain.Tests.Certificates;

public class CertificateIdentifierTests
{
    // DOMAIN.md §5's example; its check character U is reproduced by hand in Iso7064Mod3736Tests.
    private const string Example = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";

    [Fact]
    public void The_published_example_is_read_into_its_parts()
    {
        var id = CertificateIdentifier.Parse(Example).Value!;

        Assert.Equal("11100000000013338W011", id.TypeCode);
        Assert.Equal("11100000000013338W", id.TypeAuthority.Value);
        Assert.Equal("11430000006122244L", id.Issuer.Value);
        Assert.Equal("20230000403", id.Serial);
        Assert.Equal(1, id.Version);
        Assert.Equal('U', id.CheckCharacter);
        Assert.Equal(Example, id.ToString());
    }

    [Fact]
    public void Creating_from_the_parts_computes_the_check_character()
    {
        var id = CertificateIdentifier.Create("11100000000013338W011", "11430000006122244L", "20230000403", 1).Value!;

        Assert.Equal(Example, id.ToString());
    }

    [Fact]
    public void A_scanned_identifier_in_lower_case_with_spaces_around_is_accepted()
    {
        var id = CertificateIdentifier.Parse(" " + Example.ToLowerInvariant() + "\n").Value!;

        Assert.Equal(Example, id.ToString());
    }

    [Fact]
    public void A_wrong_check_character_names_the_one_expected()
    {
        var error = CertificateIdentifier.Parse(Example[..^1] + "V").Error!;

        Assert.Equal("certificate-id.check-character", error.Code);
        Assert.Equal("校验位应为 U，您输入的是 V", error.MessageZh);
        Assert.Equal("The check character should be U, not V", error.MessageEn);
    }

    [Fact]
    public void An_identifier_under_another_root_is_refused()
    {
        var error = CertificateIdentifier.Parse(Example.Replace("1.2.156.3005.2.", "1.2.156.3005.3.")).Error!;

        Assert.Equal("certificate-id.root", error.Code);
        Assert.Equal("证照标识应以 1.2.156.3005.2. 开头", error.MessageZh);
        Assert.Equal("A certificate identifier starts with 1.2.156.3005.2.", error.MessageEn);
    }

    [Fact]
    public void An_identifier_missing_a_part_says_how_many_it_has()
    {
        var error = CertificateIdentifier.Parse("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.U").Error!;

        Assert.Equal("certificate-id.parts", error.Code);
        Assert.Equal(
            "证照标识在 1.2.156.3005.2 之后应有 5 段（证照类型代码.颁发机构代码.流水号.版本号.校验位），您输入的有 4 段",
            error.MessageZh);
    }

    [Fact]
    public void A_bad_issuer_code_is_refused_with_the_credit_code_error()
    {
        var error = CertificateIdentifier.Create("11100000000013338W011", "11430000006122244M", "20230000403", 1).Error!;

        Assert.Equal("certificate-id.issuer", error.Code);
        Assert.Equal("颁发机构代码不是有效的统一社会信用代码：第 18 位校验码应为 L，您输入的是 M", error.MessageZh);
        Assert.Equal(
            "The issuer code is not a valid unified social credit code: The check character (18th) should be L, not M",
            error.MessageEn);
    }

    [Fact]
    public void A_type_code_must_be_a_credit_code_and_three_digits()
    {
        Assert.Equal(
            "证照类型代码应为 21 位（定义证照类型部门的 18 位统一社会信用代码加 3 位数字序号），您输入了 20 位",
            CertificateIdentifier.Create("11100000000013338W01", "11430000006122244L", "1", 1).Error!.MessageZh);
        Assert.Equal(
            "证照类型代码的最后 3 位应为数字，您输入的是 01A",
            CertificateIdentifier.Create("11100000000013338W01A", "11430000006122244L", "1", 1).Error!.MessageZh);
    }

    [Fact]
    public void A_serial_longer_than_20_characters_is_refused()
    {
        var error = CertificateIdentifier.Create("11100000000013338W011", "11430000006122244L", new string('1', 21), 1).Error!;

        Assert.Equal("流水号应为 1 至 20 位，您输入了 21 位", error.MessageZh);
    }

    [Fact]
    public void A_serial_with_a_lower_case_letter_is_refused_when_created()
    {
        var error = CertificateIdentifier.Create("11100000000013338W011", "11430000006122244L", "2023a", 1).Error!;

        Assert.Equal("流水号第 5 位“a”无效，流水号只能使用数字和大写字母", error.MessageZh);
    }

    [Fact]
    public void A_version_is_three_digits()
    {
        Assert.Equal(
            "版本号应为 3 位数字，您输入的是 01",
            CertificateIdentifier.Parse("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.01.U").Error!.MessageZh);
        Assert.Equal(
            "版本号应在 0 至 999 之间，您给出的是 1000",
            CertificateIdentifier.Create("11100000000013338W011", "11430000006122244L", "20230000403", 1000).Error!.MessageZh);
    }

    [Fact]
    public void The_leftmost_fault_is_the_one_reported()
    {
        var error = CertificateIdentifier.Parse("1.2.156.3005.2.11100000000013338W011.11430000006122244M.20230000403.01.U").Error!;

        Assert.Equal("certificate-id.issuer", error.Code);
    }

    [Fact]
    public void A_new_version_of_a_certificate_gets_a_new_check_character()
    {
        // Continuing from P = 33 after …20230000403 (see Iso7064Mod3736Tests), version 002:
        // 0 → S 33, P 66 mod 37 = 29; 0 → S 29, P 58 mod 37 = 21; 2 → S 23, P 46 mod 37 = 9;
        // check (37 − 9) mod 36 = 28 → S.
        var id = CertificateIdentifier.Create("11100000000013338W011", "11430000006122244L", "20230000403", 2).Value!;

        Assert.Equal("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.002.S", id.ToString());
    }
}
