using System.Globalization;
using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Tests.Expressions;

public sealed class ExpressionOperatorTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData("3.14", "3.14")]
    [InlineData("0.6", "0.6")]
    [InlineData("1e3", "1000")]
    [InlineData("2.5E-1", "0.25")]
    public void Number_literals_are_decimals(string text, string expected)
    {
        var value = Values.Evaluate(text);

        Assert.IsType<decimal>(value);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Boolean_literals_are_booleans(string text, bool expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Fact]
    public void Null_literal_is_null()
    {
        Assert.Null(Values.Evaluate("null"));
    }

    [Theory]
    [InlineData("'受理'", "受理")]
    [InlineData("\"审批通过\"", "审批通过")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'a\\b'", @"a\b")]
    [InlineData(@"'line\nnext\ttab\rreturn'", "line\nnext\ttab\rreturn")]
    [InlineData(@"'\u4e2d\u6587'", "中文")]
    [InlineData("'he said \"no\"'", "he said \"no\"")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("''", "")]
    [InlineData("'a}b'", "a}b")]
    public void String_literals_decode_their_escapes(string text, string expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Fact]
    public void A_string_inside_a_wrapper_may_hold_braces()
    {
        Assert.Equal("{x}", Values.Evaluate("${'{x}'}"));
    }

    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("5 - 7", "-2")]
    [InlineData("2 * 3.5", "7")]
    [InlineData("7 / 2", "3.5")]
    [InlineData("7 div 2", "3.5")]
    [InlineData("7 % 3", "1")]
    [InlineData("7 mod 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("-3 + 1", "-2")]
    [InlineData("- -3", "3")]
    [InlineData("0.1 + 0.2", "0.3")]
    public void Arithmetic_works_on_decimals(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Values.Evaluate(text));
    }

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 4 - 3", "3")]
    [InlineData("100 / 10 / 2", "5")]
    [InlineData("2 * 3 % 4", "2")]
    [InlineData("-2 * 3", "-6")]
    [InlineData("-(2 + 3)", "-5")]
    [InlineData("1 + 6 div 3 mod 2", "1")]
    public void Arithmetic_follows_the_usual_precedence_left_to_right(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Values.Evaluate(text));
    }

    [Theory]
    [InlineData("1 + 1 == 2", true)]
    [InlineData("1 < 2 == true", true)]
    [InlineData("2 > 1 != 1 > 2", true)]
    [InlineData("true || false && false", true)]
    [InlineData("(true || false) && false", false)]
    [InlineData("!false && false", false)]
    [InlineData("!(false && false)", true)]
    [InlineData("not true or true", true)]
    [InlineData("empty '' && true", true)]
    [InlineData("1 + 2 > 2 && 3 * 2 == 6", true)]
    public void Logic_binds_looser_than_comparison_and_and_binds_tighter_than_or(string text, bool expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Theory]
    [InlineData("1 + 2 > 2 ? 'big' : 'small'", "big")]
    [InlineData("false ? 'a' : true ? 'b' : 'c'", "b")]
    [InlineData("true ? false ? 'a' : 'b' : 'c'", "b")]
    [InlineData("false || true ? 'yes' : 'no'", "yes")]
    public void Conditionals_bind_loosest_and_nest_to_the_right(string text, string expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Theory]
    [InlineData("1 < 2", true)]
    [InlineData("2 lt 1", false)]
    [InlineData("2 > 1", true)]
    [InlineData("1 gt 2", false)]
    [InlineData("2 <= 2", true)]
    [InlineData("2 le 1", false)]
    [InlineData("2 >= 3", false)]
    [InlineData("3 ge 3", true)]
    [InlineData("-1.5 < -1", true)]
    public void Numbers_are_ordered_by_value(string text, bool expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Theory]
    [InlineData("'a' < 'b'", true)]
    [InlineData("'B' < 'a'", true)]
    [InlineData("'abc' >= 'abd'", false)]
    [InlineData("'2024-03-01' < '2024-12-01'", true)]
    public void Strings_are_ordered_ordinally(string text, bool expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Theory]
    [InlineData("1 == 1.0", true)]
    [InlineData("1 eq 1.00", true)]
    [InlineData("1 != 2", true)]
    [InlineData("1 ne 1", false)]
    [InlineData("'a' == 'a'", true)]
    [InlineData("'a' == 'A'", false)]
    [InlineData("'通过' eq '通过'", true)]
    [InlineData("true == true", true)]
    [InlineData("true != false", true)]
    [InlineData("null == null", true)]
    [InlineData("null != 0", true)]
    public void Equality_compares_numbers_by_value_and_strings_exactly(string text, bool expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Theory]
    [InlineData("1 == '1'")]
    [InlineData("true == 'true'")]
    [InlineData("0 == false")]
    [InlineData("'' == null")]
    public void Values_of_different_kinds_are_unequal_without_error(string text)
    {
        Assert.Equal(false, Values.Evaluate(text));
        Assert.Equal(true, Values.Evaluate(text.Replace("==", "!=")));
    }

    [Fact]
    public void Lists_and_maps_are_equal_only_to_themselves()
    {
        var list = Values.List(1m);
        var variables = Values.Of(("a", list), ("b", list), ("c", Values.List(1m)));

        Assert.Equal(true, Values.Evaluate("a == b", variables));
        Assert.Equal(false, Values.Evaluate("a == c", variables));
    }

    [Theory]
    [InlineData("'受理' + '通过'", "受理通过")]
    [InlineData("'第' + 3 + '步'", "第3步")]
    [InlineData("1 + 2 + '号'", "3号")]
    [InlineData("'编号' + 1 + 2", "编号12")]
    [InlineData("'x' + 1.5", "x1.5")]
    [InlineData("'x' + -2", "x-2")]
    public void Plus_joins_strings_and_writes_numbers_into_them(string text, string expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Fact]
    public void Numbers_joined_to_strings_ignore_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("x1.5", Values.Evaluate("'x' + 1.5"));
            Assert.Equal("x0.5", Values.Evaluate("'x' + half", Values.Of(("half", 0.5))));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("empty x", true)]
    [InlineData("empty ''", true)]
    [InlineData("empty 'a'", false)]
    [InlineData("empty emptyList", true)]
    [InlineData("empty fullList", false)]
    [InlineData("empty emptyMap", true)]
    [InlineData("empty fullMap", false)]
    [InlineData("empty 0", false)]
    [InlineData("empty false", false)]
    [InlineData("not empty fullList", true)]
    [InlineData("!empty x", false)]
    public void Empty_is_true_for_null_and_empty_strings_lists_and_maps(string text, bool expected)
    {
        var variables = Values.Of(
            ("emptyList", Values.List()),
            ("fullList", Values.List("a")),
            ("emptyMap", new Dictionary<string, object?>()),
            ("fullMap", Values.Of(("k", 1))));

        Assert.Equal(expected, Values.Evaluate(text, variables));
    }

    [Theory]
    [InlineData("!true", false)]
    [InlineData("!false", true)]
    [InlineData("not false", true)]
    [InlineData("!!true", true)]
    [InlineData("true and false", false)]
    [InlineData("true && true", true)]
    [InlineData("false or true", true)]
    [InlineData("false || false", false)]
    public void Boolean_operators_have_keyword_and_symbol_forms(string text, bool expected)
    {
        Assert.Equal(expected, Values.Evaluate(text));
    }

    [Fact]
    public void And_does_not_evaluate_its_right_side_once_the_left_is_false()
    {
        // Evaluated, "amount > 1" would fail because amount is missing.
        Assert.Equal(false, Values.Evaluate("${false && amount > 1}"));
        Assert.Equal(false, Values.Evaluate("${amount != null && amount > 1}"));
        Assert.Equal(false, Values.Evaluate("${false and (1 / 0 > 1)}"));
    }

    [Fact]
    public void Or_does_not_evaluate_its_right_side_once_the_left_is_true()
    {
        Assert.Equal(true, Values.Evaluate("${true || amount > 1}"));
        Assert.Equal(true, Values.Evaluate("${amount == null or amount > 1}"));
    }

    [Fact]
    public void A_long_and_chain_stops_at_the_first_false()
    {
        Assert.Equal(false, Values.Evaluate("true && false && 1 / 0 == 1 && missing > 1"));
    }

    [Fact]
    public void Logic_still_evaluates_its_right_side_when_it_may_decide()
    {
        var error = Values.EvaluationError("${true && 1 / 0 == 1}");

        Assert.Equal(12, error.Position);
    }

    [Fact]
    public void A_conditional_evaluates_only_the_branch_it_takes()
    {
        Assert.Equal(1m, Values.Evaluate("true ? 1 : 1 / 0"));
        Assert.Equal(2m, Values.Evaluate("false ? missing > 1 : 2"));
    }
}
