using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Domain.Tests.Certificates;

// Hybrid MOD 37,36: P starts at 36; per character S = (P + v) mod 36 (0 read as 36), P = 2S mod 37;
// the check character is (37 − P) mod 36. Values 0–9, A10 … Z35.
public class Iso7064Mod3736Tests
{
    [Theory]
    // Examples published with a vendor's "ISO 7064 Mod. 37/36" function (Lobster data platform docs).
    // 123AB by hand: 1 → S 1, P 2; 2 → S 4, P 8; 3 → S 11, P 22; A → S 32, P 64 mod 37 = 27;
    // B → S 38 mod 36 = 2, P 4; check (37 − 4) mod 36 = 33 → X.
    [InlineData("123AB", 'X')]
    [InlineData("DADPIDA3897722461", 'J')]
    [InlineData("A12425GABC1234002", 'M')]
    public void Published_examples_give_their_published_check_character(string data, char expected)
    {
        Assert.Equal(expected, Iso7064Mod3736.Compute(data));
    }

    [Fact]
    public void The_certificate_identifier_example_gives_U()
    {
        // P after each character, part by part:
        // 11100000000013338W011  2 6 14 28 19 1 2 4 8 16 32 27 19 7 20 9 34 23 9 20 5
        // 11430000006122244L     12 26 23 15 30 23 9 18 36 35 10 22 11 26 19 9 26 22
        // 20230000403            11 22 11 28 19 1 2 4 16 32 33
        // 001                    29 21 7
        // check (37 − 7) mod 36 = 30 → U.
        Assert.Equal('U', Iso7064Mod3736.Compute("11100000000013338W01111430000006122244L20230000403001"));
    }
}
