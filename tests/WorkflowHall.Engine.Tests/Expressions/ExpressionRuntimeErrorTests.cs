using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Tests.Expressions;

public sealed class ExpressionRuntimeErrorTests
{
    [Fact]
    public void Ordering_a_missing_variable_names_it()
    {
        var error = Values.EvaluationError("${amount > 1000}");

        Assert.Equal(2, error.Position);
        Assert.Equal("第 3 个字符处：变量 amount 没有值（null），不能用于 >", error.MessageZh);
        Assert.Equal("Variable 'amount' at character 3 has no value (null) and cannot be used with '>'", error.MessageEn);
    }

    [Fact]
    public void A_null_on_the_right_of_an_ordering_is_named_too()
    {
        var error = Values.EvaluationError("${1000 lt limit}", Values.Of(("limit", null)));

        Assert.Equal(10, error.Position);
        Assert.Contains("Variable 'limit'", error.MessageEn);
        Assert.Contains("'lt'", error.MessageEn);
    }

    [Fact]
    public void A_null_member_is_quoted_as_written()
    {
        var error = Values.EvaluationError("${nrOfOutcomes.reject > 0}", Values.Of(("nrOfOutcomes", Values.Of())));

        Assert.Equal(2, error.Position);
        Assert.Contains("“nrOfOutcomes.reject”", error.MessageZh);
        Assert.Contains("'nrOfOutcomes.reject'", error.MessageEn);
    }

    [Theory]
    [InlineData("amount + 1", "+")]
    [InlineData("amount * 2", "*")]
    [InlineData("-amount", "-")]
    [InlineData("amount && true", "&&")]
    [InlineData("!amount", "!")]
    [InlineData("amount ? 1 : 2", "?")]
    public void Using_a_missing_variable_as_a_value_names_it(string text, string op)
    {
        var error = Values.EvaluationError(text);

        Assert.Contains("Variable 'amount'", error.MessageEn);
        Assert.Contains($"'{op}'", error.MessageEn);
        Assert.Equal(text.IndexOf("amount", StringComparison.Ordinal), error.Position);
    }

    [Theory]
    [InlineData("'a' > 1", 4)]
    [InlineData("1 <= 'a'", 2)]
    [InlineData("true < false", 5)]
    public void Ordering_needs_two_numbers_or_two_strings(string text, int position)
    {
        var error = Values.EvaluationError(text);

        Assert.Equal(position, error.Position);
        Assert.Contains("compares two numbers or two strings", error.MessageEn);
        Assert.Contains("只能比较两个数字或两个文本", error.MessageZh);
    }

    [Fact]
    public void A_type_mismatch_names_both_kinds()
    {
        var error = Values.EvaluationError("${amount > limit}", Values.Of(("amount", "100"), ("limit", 50)));

        Assert.Equal("第 10 个字符处的 > 只能比较两个数字或两个文本，这里是文本和数字", error.MessageZh);
        Assert.Equal("'>' at character 10 compares two numbers or two strings, not a string and a number", error.MessageEn);
    }

    [Theory]
    [InlineData("'a' - 1")]
    [InlineData("2 * true")]
    [InlineData("'6' / 2")]
    [InlineData("7 mod '2'")]
    public void Arithmetic_needs_two_numbers(string text)
    {
        Assert.Contains("needs two numbers", Values.EvaluationError(text).MessageEn);
    }

    [Theory]
    [InlineData("true + 1")]
    [InlineData("list + 'x'")]
    [InlineData("list + list")]
    public void Plus_refuses_anything_but_numbers_and_strings(string text)
    {
        var error = Values.EvaluationError(text, Values.Of(("list", Values.List())));

        Assert.Contains("adds numbers or joins strings", error.MessageEn);
    }

    [Fact]
    public void Negation_needs_a_number()
    {
        var error = Values.EvaluationError("-name", Values.Of(("name", "张三")));

        Assert.Equal(0, error.Position);
        Assert.Contains("needs a number, but variable 'name' is a string", error.MessageEn);
    }

    [Theory]
    [InlineData("!5", 0, "'5' is a number")]
    [InlineData("1 && true", 2, "'1' is a number")]
    [InlineData("true && 'yes'", 5, "'yes' is a string")]
    [InlineData("flag || false", 5, "variable 'flag' is a string")]
    [InlineData("count ? 1 : 2", 6, "variable 'count' is a number")]
    public void Logic_needs_booleans(string text, int position, string detail)
    {
        var error = Values.EvaluationError(text, Values.Of(("flag", "true"), ("count", 1)));

        Assert.Equal(position, error.Position);
        Assert.Contains("needs a boolean", error.MessageEn);
        Assert.Contains(detail, error.MessageEn);
    }

    [Theory]
    [InlineData("1 / 0", 2)]
    [InlineData("1 div 0", 2)]
    [InlineData("5 % 0", 2)]
    [InlineData("5 mod 0.0", 2)]
    [InlineData("${a / b}", 4)]
    public void Division_by_zero_is_an_error_at_the_operator(string text, int position)
    {
        var error = Values.EvaluationError(text, Values.Of(("a", 1), ("b", 0)));

        Assert.Equal(position, error.Position);
        Assert.Contains("除数为零", error.MessageZh);
        Assert.Contains("Division by zero", error.MessageEn);
    }

    [Theory]
    [InlineData("79228162514264337593543950335 + 1")]
    [InlineData("79228162514264337593543950335 * 2")]
    [InlineData("-79228162514264337593543950335 - 1")]
    public void Results_beyond_the_decimal_range_are_errors(string text)
    {
        Assert.Contains("outside the range", Values.EvaluationError(text).MessageEn);
    }

    [Fact]
    public void Members_of_anything_but_a_map_are_refused()
    {
        var error = Values.EvaluationError("${amount.value > 1}", Values.Of(("amount", 5)));

        Assert.Equal(9, error.Position);
        Assert.Contains("Variable 'amount' is a number and has no member 'value'", error.MessageEn);
    }

    [Fact]
    public void Members_of_a_list_are_refused_rather_than_reflected()
    {
        var error = Values.EvaluationError("items.Count > 0", Values.Of(("items", new List<object?> { 1 })));

        Assert.Contains("is a list and has no member 'Count'", error.MessageEn);
    }

    [Fact]
    public void Objects_outside_the_value_model_are_refused_rather_than_reflected()
    {
        var error = Values.EvaluationError("user.Name == 'x'", Values.Of(("user", new { Name = "x" })));

        Assert.Equal(0, error.Position);
        Assert.Contains("which expressions cannot use", error.MessageEn);
        Assert.Contains("不能在表达式中使用", error.MessageZh);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e300)]
    public void Floating_point_values_without_a_decimal_counterpart_are_refused(double value)
    {
        Assert.Contains("cannot use", Values.EvaluationError("x > 1", Values.Of(("x", value))).MessageEn);
    }

    [Fact]
    public void Unsupported_values_inside_a_map_are_refused_when_read()
    {
        var variables = Values.Of(("form", Values.Of(("date", DateTime.UnixEpoch), ("ok", 1))));

        Assert.Equal(1m, Values.Evaluate("form.ok", variables));
        Assert.Contains("'form.date' at character 1 holds a DateTime", Values.EvaluationError("form.date == null", variables).MessageEn);
    }

    [Theory]
    [InlineData("items['a']", "A list index must be a number")]
    [InlineData("items[0.5]", "A list index must be a whole number")]
    [InlineData("form[1]", "A map key must be a string")]
    [InlineData("name[0]", "cannot be indexed")]
    [InlineData("items[missing]", "Variable 'missing'")]
    public void Indexes_must_fit_what_they_index(string text, string expected)
    {
        var variables = Values.Of(("items", Values.List(1)), ("form", Values.Of()), ("name", "张三"));

        Assert.Contains(expected, Values.EvaluationError(text, variables).MessageEn);
    }

    [Fact]
    public void A_condition_must_yield_a_boolean()
    {
        var expression = Expression.Parse("${amount + 1}");

        var error = Assert.Throws<ExpressionException>(() => expression.EvaluateBoolean(Values.Of(("amount", 1)))).Error;

        Assert.Contains("条件的结果必须是布尔值", error.MessageZh);
        Assert.Contains("A condition must yield a boolean", error.MessageEn);
    }

    [Fact]
    public void A_condition_on_a_missing_variable_names_it()
    {
        var expression = Expression.Parse("${approved}");

        var error = Assert.Throws<ExpressionException>(() => expression.EvaluateBoolean(Values.None)).Error;

        Assert.Equal(2, error.Position);
        Assert.Contains("变量 approved", error.MessageZh);
        Assert.Contains("variable 'approved' has no value", error.MessageEn);
    }

    [Fact]
    public void A_boolean_variable_is_a_condition_by_itself()
    {
        Assert.True(Expression.Parse("${approved}").EvaluateBoolean(Values.Of(("approved", true))));
    }

    [Fact]
    public void Evaluate_returns_whatever_the_expression_yields()
    {
        Assert.Equal("审批", Expression.Parse("${'审' + '批'}").Evaluate(Values.None));
    }
}
