using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Tests.Expressions;

public sealed class ExpressionTypeCheckTests
{
    private static readonly Dictionary<string, VariableType> Declared = new()
    {
        ["amount"] = VariableType.Number,
        ["approved"] = VariableType.Boolean,
        ["name"] = VariableType.String,
        ["items"] = VariableType.List,
        ["form"] = VariableType.Map,
        ["金额"] = VariableType.Number,
    };

    private static IReadOnlyList<ExpressionError> Check(string text, ExpressionValueType expected = ExpressionValueType.Boolean) =>
        Expression.Parse(text).TypeCheck(Declared, expected);

    [Theory]
    [InlineData("${amount > 1000 && approved}")]
    [InlineData("${金额 >= 5000 || name == '张三'}")]
    [InlineData("${not empty items and form.kind == 'A'}")]
    [InlineData("${items[0] > 1 && form['x'] == 'y'}")]
    [InlineData("${(amount + 1) * 2 > 10 ? approved : false}")]
    [InlineData("${'编号' + amount == name}")]
    public void Well_typed_conditions_have_no_errors(string text)
    {
        Assert.Empty(Check(text));
    }

    [Theory]
    [InlineData("${x > 1}")]
    [InlineData("${x}")]
    [InlineData("${x && y || !z}")]
    [InlineData("${x + 1 > y}")]
    [InlineData("${form.anything > 3 && items[0] == 'a'}")]
    public void Undeclared_variables_and_read_values_fit_anywhere(string text)
    {
        Assert.Empty(Check(text));
    }

    [Theory]
    [InlineData("${amount == null}")]
    [InlineData("${name != null && name == '张三'}")]
    [InlineData("${null == approved}")]
    [InlineData("${approved ? name : null}")]
    public void Comparing_with_null_literals_is_fine(string text)
    {
        Assert.Empty(Check(text, ExpressionValueType.Any));
    }

    [Fact]
    public void Ordering_a_string_against_a_number_is_an_error()
    {
        var error = Assert.Single(Check("'a' > 3"));

        Assert.Equal(4, error.Position);
        Assert.Contains("只能比较两个数字或两个文本，这里是文本和数字", error.MessageZh);
        Assert.Contains("not a string and a number", error.MessageEn);
    }

    [Fact]
    public void Negating_a_number_logically_is_an_error()
    {
        var error = Assert.Single(Check("!5"));

        Assert.Equal(0, error.Position);
        Assert.Contains("needs a boolean", error.MessageEn);
    }

    [Fact]
    public void A_declared_number_cannot_be_used_as_a_boolean()
    {
        var error = Assert.Single(Check("${amount && true}"));

        Assert.Equal(9, error.Position);
        Assert.Contains("variable 'amount' is a number", error.MessageEn);
        Assert.Contains("变量 amount 是数字", error.MessageZh);
    }

    [Fact]
    public void Adding_a_boolean_is_an_error()
    {
        var error = Assert.Single(Check("1 + true", ExpressionValueType.Any));

        Assert.Contains("adds numbers or joins strings, not a number and a boolean", error.MessageEn);
    }

    [Fact]
    public void A_condition_that_yields_a_number_is_an_error()
    {
        var error = Assert.Single(Check("${amount + 1}"));

        Assert.Equal(2, error.Position);
        Assert.StartsWith("条件的结果必须是布尔值", error.MessageZh);
        Assert.StartsWith("A condition must yield a boolean", error.MessageEn);
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var errors = Check("${'a' > 3 || !5 || amount && true}");

        Assert.Equal([6, 13, 26], errors.Select(e => e.Position));
    }

    [Fact]
    public void Errors_inside_and_around_a_value_are_all_reported()
    {
        var errors = Check("${-name + (1 + true) * approved}", ExpressionValueType.String);

        Assert.Collection(errors,
            e => Assert.Contains("'-' at character 3 needs a number, but variable 'name' is a string", e.MessageEn),
            e => Assert.Contains("'+' at character 14 adds numbers or joins strings", e.MessageEn),
            e => Assert.Contains("'*' at character 22 needs two numbers, not any value and a boolean", e.MessageEn),
            e => Assert.Contains("must yield a string, but it yields a number", e.MessageEn));
    }

    [Fact]
    public void One_mistake_does_not_cascade()
    {
        // "'a' > 3" is wrong, but it is still a comparison, so "&& approved" is fine.
        Assert.Single(Check("${'a' > 3 && approved}"));
    }

    [Theory]
    [InlineData("${amount == '100'}", "never equal")]
    [InlineData("${approved != 'true'}", "never equal")]
    public void Equality_between_different_declared_kinds_is_flagged(string text, string expected)
    {
        Assert.Contains(expected, Assert.Single(Check(text)).MessageEn);
    }

    [Theory]
    [InlineData("${amount.value > 1}", "has no member 'value'")]
    [InlineData("${items.size > 1}", "has no member 'size'")]
    [InlineData("${name[0] == 'x'}", "cannot be indexed")]
    [InlineData("${items['x'] == 1}", "A list index must be a number")]
    [InlineData("${form[0] == 1}", "A map key must be a string")]
    public void Members_and_indexes_must_fit_the_declared_kind(string text, string expected)
    {
        Assert.Contains(expected, Assert.Single(Check(text)).MessageEn);
    }

    [Theory]
    [InlineData("${amount / 0 > 1}")]
    [InlineData("${amount mod 0.0 > 1}")]
    public void Dividing_by_a_literal_zero_is_flagged(string text)
    {
        Assert.Contains("Division by zero", Assert.Single(Check(text)).MessageEn);
    }

    [Theory]
    [InlineData("${name > 1}")]
    [InlineData("${approved < true}")]
    [InlineData("${items >= 1}")]
    [InlineData("${amount > null}")]
    public void Ordering_needs_numbers_or_strings_on_both_sides(string text)
    {
        Assert.Contains("compares two numbers or two strings", Assert.Single(Check(text)).MessageEn);
    }

    [Fact]
    public void A_conditional_needs_a_boolean_condition()
    {
        Assert.Contains("'?' at character 10 needs a boolean", Assert.Single(Check("${amount ? 1 : 2}", ExpressionValueType.Any)).MessageEn);
    }

    [Fact]
    public void A_conditional_yields_the_type_its_branches_share()
    {
        Assert.Contains("yields a string", Assert.Single(Check("${approved ? 'yes' : 'no'}")).MessageEn);
        Assert.Empty(Check("${approved ? 'yes' : null}", ExpressionValueType.String));
        Assert.Empty(Check("${approved ? 'yes' : 1}", ExpressionValueType.Boolean));
    }

    [Theory]
    [InlineData("${'受理编号：' + code}", ExpressionValueType.String)]
    [InlineData("${amount * 2}", ExpressionValueType.Number)]
    [InlineData("${items}", ExpressionValueType.List)]
    [InlineData("${form}", ExpressionValueType.Map)]
    [InlineData("${anything}", ExpressionValueType.Number)]
    [InlineData("${amount * 2}", ExpressionValueType.Any)]
    public void A_result_of_the_expected_kind_is_accepted(string text, ExpressionValueType expected)
    {
        Assert.Empty(Check(text, expected));
    }

    [Fact]
    public void A_result_of_another_kind_names_both()
    {
        var error = Assert.Single(Check("${amount * 2}", ExpressionValueType.String));

        Assert.Equal("表达式的结果必须是文本，这个表达式得到的是数字", error.MessageZh);
        Assert.Equal("The expression must yield a string, but it yields a number", error.MessageEn);
    }

    [Fact]
    public void Runtime_only_failures_are_not_type_errors()
    {
        // Both could fail when run (b may be zero, x may be missing); neither is certain.
        Assert.Empty(Check("${amount / b > 1 && x > 1}"));
    }

    [Fact]
    public void Type_checking_reads_no_values_and_can_be_repeated()
    {
        var expression = Expression.Parse("${'a' > 3}");

        Assert.Single(expression.TypeCheck(Declared, ExpressionValueType.Boolean));
        Assert.Single(expression.TypeCheck(Declared, ExpressionValueType.Boolean));
    }
}
