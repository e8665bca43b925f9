using System.Text;
using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Tests.Expressions;

public sealed class ExpressionParsingTests
{
    [Theory]
    [InlineData("${1 + 2}")]
    [InlineData("#{1 + 2}")]
    [InlineData("1 + 2")]
    [InlineData("  ${  1+2  }  ")]
    [InlineData("${\n\t1 +\n 2\n}")]
    [InlineData("1\u3000+\u30002")]
    public void Wrapped_and_bare_forms_evaluate_alike(string text)
    {
        Assert.Equal(3m, Values.Evaluate(text));
    }

    [Fact]
    public void Text_is_kept_exactly_as_written()
    {
        var expression = Expression.Parse("  ${ a > 1 } ");

        Assert.Equal("  ${ a > 1 } ", expression.Text);
        Assert.Equal("  ${ a > 1 } ", expression.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("${}")]
    [InlineData("${   }")]
    [InlineData("#{}")]
    public void An_empty_expression_is_refused(string text)
    {
        var error = Values.ParseError(text);

        Assert.Contains("表达式为空", error.MessageZh);
        Assert.Contains("empty", error.MessageEn);
    }

    [Fact]
    public void Variables_lists_each_root_name_once()
    {
        var expression = Expression.Parse("${a.b + c[d] > 0 && a.x == c['k'] || 金额 > 1}");

        Assert.Equal(new HashSet<string> { "a", "c", "d", "金额" }, expression.Variables.ToHashSet());
    }

    [Fact]
    public void Keywords_and_member_names_are_not_variables()
    {
        var expression = Expression.Parse("${not empty list and x eq 1 or y.reject gt 0 and true ne null}");

        Assert.Equal(new HashSet<string> { "list", "x", "y" }, expression.Variables.ToHashSet());
    }

    [Fact]
    public void An_expression_of_literals_reads_no_variables()
    {
        Assert.Empty(Expression.Parse("1 + 2 == 3").Variables);
    }

    [Fact]
    public void Chinese_and_underscored_names_are_variables()
    {
        var expression = Expression.Parse("${申请人_姓名 == '张三' && _count > 0}");

        Assert.Equal(new HashSet<string> { "申请人_姓名", "_count" }, expression.Variables.ToHashSet());
    }

    [Fact]
    public void Names_may_use_characters_beyond_the_basic_plane()
    {
        var name = char.ConvertFromUtf32(0x20000) + "户";
        var expression = Expression.Parse($"${{{name} == 1}}");

        Assert.Contains(name, expression.Variables);
        Assert.True(expression.EvaluateBoolean(Values.Of((name, 1))));
    }

    [Fact]
    public void Method_calls_are_refused_with_their_position()
    {
        var error = Values.ParseError("${order.getTotal() > 0}");

        Assert.Equal(8, error.Position);
        Assert.Contains("不允许调用方法", error.MessageZh);
        Assert.Contains("getTotal", error.MessageZh);
        Assert.Contains("calls are not allowed", error.MessageEn);
        Assert.Contains("getTotal(...)", error.MessageEn);
    }

    [Theory]
    [InlineData("foo(1)", 0)]
    [InlineData("${x > 1 && size(list) > 0}", 11)]
    [InlineData("${a.b.c()}", 6)]
    [InlineData("(a)(1)", 1)]
    [InlineData("(a + b)(1)", 7)]
    [InlineData("a['getClass']()", 13)]
    public void Function_calls_are_refused_wherever_they_appear(string text, int position)
    {
        var error = Values.ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("not allowed", error.MessageEn);
    }

    [Fact]
    public void A_call_is_refused_before_its_arguments_are_read()
    {
        // The comma would be an unknown character; the call is the mistake worth reporting.
        var error = Values.ParseError("max(a, b)");

        Assert.Equal(0, error.Position);
        Assert.Contains("max(...)", error.MessageEn);
    }

    [Fact]
    public void A_missing_closing_parenthesis_is_reported_where_it_belongs()
    {
        var error = Values.ParseError("${(a + b > 1}");

        Assert.Equal(12, error.Position);
        Assert.Equal("第 13 个字符处缺少右括号 )，它应与第 3 个字符处的 ( 配对", error.MessageZh);
        Assert.Equal("Missing ')' at character 13 to close the '(' at character 3", error.MessageEn);
    }

    [Fact]
    public void A_missing_closing_bracket_is_reported_where_it_belongs()
    {
        var error = Values.ParseError("a['x' == 1");

        Assert.Equal(10, error.Position);
        Assert.Contains("]", error.MessageEn);
    }

    [Fact]
    public void A_conditional_without_a_colon_is_refused()
    {
        var error = Values.ParseError("a ? 1 2");

        Assert.Equal(6, error.Position);
        Assert.Contains("缺少冒号", error.MessageZh);
        Assert.Contains("Missing ':'", error.MessageEn);
    }

    [Fact]
    public void An_expression_that_stops_short_names_the_missing_value()
    {
        var error = Values.ParseError("${amount >}");

        Assert.Equal(10, error.Position);
        Assert.Contains("缺少一个值", error.MessageZh);
        Assert.Contains("value is still missing", error.MessageEn);
    }

    [Fact]
    public void An_operator_where_a_value_belongs_is_quoted()
    {
        var error = Values.ParseError("a + * b");

        Assert.Equal(4, error.Position);
        Assert.Contains("'*'", error.MessageEn);
    }

    [Theory]
    [InlineData("a b", 2)]
    [InlineData("1 2", 2)]
    [InlineData("(a) b", 4)]
    [InlineData("a == 1)", 6)]
    public void Trailing_text_after_a_complete_expression_is_refused(string text, int position)
    {
        var error = Values.ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("Unexpected", error.MessageEn);
    }

    [Theory]
    [InlineData("'abc", 0)]
    [InlineData("${name == \"张三}", 10)]
    public void An_unterminated_string_is_reported_at_its_opening_quote(string text, int position)
    {
        var error = Values.ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("closing", error.MessageEn);
    }

    [Theory]
    [InlineData(@"'a\qb'", 2)]
    [InlineData(@"'\u12'", 1)]
    public void An_unknown_escape_is_refused(string text, int position)
    {
        var error = Values.ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("escape", error.MessageEn);
    }

    [Fact]
    public void A_single_equals_sign_suggests_double()
    {
        var error = Values.ParseError("${status = 'done'}");

        Assert.Equal(9, error.Position);
        Assert.Contains("==", error.MessageZh);
        Assert.Contains("'=='", error.MessageEn);
    }

    [Theory]
    [InlineData("a & b", "&&")]
    [InlineData("a | b", "||")]
    public void A_single_ampersand_or_pipe_suggests_the_double_form(string text, string suggestion)
    {
        var error = Values.ParseError(text);

        Assert.Equal(2, error.Position);
        Assert.Contains(suggestion, error.MessageEn);
    }

    [Theory]
    [InlineData("（a > 1)", 0, "(")]
    [InlineData("a ＞ 1", 2, ">")]
    [InlineData("a == ‘x’", 5, "'")]
    [InlineData("a == “x”", 5, "\"")]
    public void Full_width_symbols_from_chinese_input_are_named(string text, int position, string intended)
    {
        var error = Values.ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("全角", error.MessageZh);
        Assert.Contains($"“{intended}”", error.MessageZh);
    }

    [Theory]
    [InlineData("a @ b", 2, "@")]
    [InlineData("a, b", 1, ",")]
    [InlineData("x; y", 1, ";")]
    public void An_unknown_character_is_quoted_with_its_position(string text, int position, string character)
    {
        var error = Values.ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains($"'{character}'", error.MessageEn);
    }

    [Fact]
    public void Two_expressions_in_one_text_are_refused()
    {
        var error = Values.ParseError("${a} ${b}");

        Assert.Equal(3, error.Position);
        Assert.Contains("single", error.MessageEn);
    }

    [Fact]
    public void A_wrapper_without_its_closing_brace_is_refused()
    {
        var error = Values.ParseError("${a > 1");

        Assert.Equal(7, error.Position);
        Assert.Contains("'}'", error.MessageEn);
    }

    [Theory]
    [InlineData("a.", 1)]
    [InlineData("a.1", 1)]
    [InlineData("a. == 1", 1)]
    public void A_dot_must_be_followed_by_a_name(string text, int position)
    {
        var error = Values.ParseError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("after the '.'", error.MessageEn);
    }

    [Fact]
    public void A_number_beyond_the_decimal_range_is_refused()
    {
        var error = Values.ParseError("x > 99999999999999999999999999999999");

        Assert.Equal(4, error.Position);
        Assert.Contains("out of range", error.MessageEn);
    }

    [Fact]
    public void Expressions_longer_than_four_thousand_characters_are_refused()
    {
        var error = Values.ParseError("x == " + new string('1', 3996));

        Assert.Equal(4000, error.Position);
        Assert.Contains("4001", error.MessageZh);
        Assert.Contains("at most 4000", error.MessageEn);
    }

    [Fact]
    public void An_expression_of_exactly_four_thousand_characters_is_accepted()
    {
        var text = "x" + new string(' ', 3999);

        Assert.Equal(4000, text.Length);
        Assert.Contains("x", Expression.Parse(text).Variables);
    }

    [Fact]
    public void Sixty_four_levels_of_nesting_are_accepted()
    {
        var text = new string('(', 63) + "1" + new string(')', 63);

        Assert.Equal(1m, Values.Evaluate(text));
    }

    [Fact]
    public void Nesting_beyond_sixty_four_levels_is_refused()
    {
        var error = Values.ParseError(new string('(', 64) + "1" + new string(')', 64));

        Assert.Equal(63, error.Position);
        Assert.Contains("嵌套太深", error.MessageZh);
        Assert.Contains("at most 64", error.MessageEn);
    }

    [Fact]
    public void Deep_parentheses_end_in_an_error_not_a_stack_overflow()
    {
        var text = new string('(', 1995) + "a" + new string(')', 1995);

        Assert.Contains("Nesting too deep", Values.ParseError(text).MessageEn);
    }

    [Fact]
    public void Deeply_nested_indexes_end_in_an_error_not_a_stack_overflow()
    {
        var text = "a" + string.Concat(Enumerable.Repeat("[a", 1300)) + new string(']', 1300);

        Assert.Contains("Nesting too deep", Values.ParseError(text).MessageEn);
    }

    [Theory]
    [InlineData("!")]
    [InlineData("-")]
    [InlineData("not ")]
    [InlineData("empty ")]
    public void Long_runs_of_prefix_operators_end_in_an_error_not_a_stack_overflow(string prefix)
    {
        var text = string.Concat(Enumerable.Repeat(prefix, 3990 / prefix.Length)) + "a";

        Assert.Contains("Nesting too deep", Values.ParseError(text).MessageEn);
    }

    [Fact]
    public void Long_member_paths_and_nested_conditionals_count_as_nesting()
    {
        var path = "a" + string.Concat(Enumerable.Repeat(".b", 100));
        var conditional = string.Concat(Enumerable.Repeat("a ? ", 100)) + "1" + string.Concat(Enumerable.Repeat(" : 2", 100));

        Assert.Contains("Nesting too deep", Values.ParseError(path).MessageEn);
        Assert.Contains("Nesting too deep", Values.ParseError(conditional).MessageEn);
    }

    [Fact]
    public void A_long_list_of_alternatives_is_not_nesting()
    {
        var text = "${" + string.Join(" || ", Enumerable.Range(1, 200).Select(i => $"code == {i}")) + "}";
        var expression = Expression.Parse(text);

        Assert.True(expression.EvaluateBoolean(Values.Of(("code", 150))));
        Assert.False(expression.EvaluateBoolean(Values.Of(("code", 201))));
    }

    [Fact]
    public void A_long_sum_is_not_nesting()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 500));

        Assert.Equal(500m, Values.Evaluate(text));
    }

    [Fact]
    public void TryParse_reports_the_error_instead_of_throwing()
    {
        Assert.False(Expression.TryParse("${a >}", out var expression, out var error));

        Assert.Null(expression);
        Assert.Equal(5, error!.Position);
    }

    [Fact]
    public void TryParse_hands_back_the_parsed_expression()
    {
        Assert.True(Expression.TryParse("${a > 1}", out var expression, out var error));

        Assert.Null(error);
        Assert.Contains("a", expression!.Variables);
    }

    [Fact]
    public void TryParse_treats_null_text_as_an_empty_expression()
    {
        Assert.False(Expression.TryParse(null!, out _, out var error));

        Assert.Contains("empty", error!.MessageEn);
    }

    [Fact]
    public void Errors_surface_as_the_exception_message_in_english()
    {
        var exception = Assert.Throws<ExpressionException>(() => Expression.Parse("(a"));

        Assert.Equal(exception.Error.MessageEn, exception.Message);
    }

    [Fact]
    public void Parsing_a_large_expression_of_nested_groups_stays_cheap()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 60; i++)
        {
            text.Append("(x").Append(i).Append(" > 1 && ");
        }

        text.Append("true").Append(')', 60);

        Assert.Equal(60, Expression.Parse(text.ToString()).Variables.Count);
    }
}
