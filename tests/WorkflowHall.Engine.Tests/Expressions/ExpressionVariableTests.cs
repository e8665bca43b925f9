using System.Collections.Immutable;
using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Tests.Expressions;

public sealed class ExpressionVariableTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(5L)]
    [InlineData(5.0)]
    [InlineData(5.0f)]
    [InlineData((short)5)]
    [InlineData((byte)5)]
    [InlineData(5u)]
    public void Incoming_numbers_of_any_dotnet_type_become_decimals(object number)
    {
        var value = Values.Evaluate("x", Values.Of(("x", number)));

        Assert.IsType<decimal>(value);
        Assert.Equal(5m, value);
    }

    [Fact]
    public void A_double_keeps_its_short_decimal_form()
    {
        Assert.Equal(0.1m, Values.Evaluate("x", Values.Of(("x", 0.1))));
        Assert.Equal(true, Values.Evaluate("x == 0.1", Values.Of(("x", 0.1))));
    }

    [Fact]
    public void A_missing_variable_reads_as_null()
    {
        Assert.Null(Values.Evaluate("${remark}"));
        Assert.Equal(true, Values.Evaluate("${remark == null}"));
        Assert.Equal(false, Values.Evaluate("${remark != null}"));
    }

    [Fact]
    public void A_variable_holding_null_reads_as_null()
    {
        Assert.Equal(true, Values.Evaluate("${remark == null}", Values.Of(("remark", null))));
    }

    [Fact]
    public void Members_read_keys_of_maps()
    {
        var applicant = Values.Of(("name", "张三"), ("address", Values.Of(("county", "城关镇"))));
        var variables = Values.Of(("applicant", applicant));

        Assert.Equal("张三", Values.Evaluate("${applicant.name}", variables));
        Assert.Equal("城关镇", Values.Evaluate("${applicant.address.county}", variables));
    }

    [Fact]
    public void A_missing_key_reads_as_null()
    {
        var variables = Values.Of(("form", Values.Of(("a", 1))));

        Assert.Null(Values.Evaluate("form.b", variables));
        Assert.Equal(true, Values.Evaluate("form.b == null", variables));
    }

    [Fact]
    public void Reading_a_member_of_null_yields_null()
    {
        Assert.Equal(true, Values.Evaluate("${form.remark == null}"));
        Assert.Equal(true, Values.Evaluate("${form.a.b.c == null}", Values.Of(("form", Values.Of(("a", null))))));
    }

    [Fact]
    public void Keywords_may_follow_a_dot_as_member_names()
    {
        var variables = Values.Of(("m", Values.Of(("empty", 1), ("div", 2), ("true", 3))));

        Assert.Equal(6m, Values.Evaluate("m.empty + m.div + m.true", variables));
    }

    [Fact]
    public void Maps_may_be_indexed_by_string_keys()
    {
        var variables = Values.Of(("form", Values.Of(("申请 类型", "个人"), ("k", "v"))), ("key", "k"));

        Assert.Equal("个人", Values.Evaluate("form['申请 类型']", variables));
        Assert.Equal("v", Values.Evaluate("form[\"k\"]", variables));
        Assert.Equal("v", Values.Evaluate("form[key]", variables));
        Assert.Null(Values.Evaluate("form['none']", variables));
    }

    [Fact]
    public void Lists_may_be_indexed_by_whole_numbers()
    {
        var variables = Values.Of(("items", Values.List("a", "b", "c")), ("i", 1));

        Assert.Equal("a", Values.Evaluate("items[0]", variables));
        Assert.Equal("c", Values.Evaluate("items[1 + 1]", variables));
        Assert.Equal("b", Values.Evaluate("items[i]", variables));
        Assert.Equal("c", Values.Evaluate("items[2.0]", variables));
    }

    [Theory]
    [InlineData("items[3]")]
    [InlineData("items[-1]")]
    [InlineData("items[1000000000000]")]
    public void An_index_outside_the_list_reads_as_null(string text)
    {
        Assert.Null(Values.Evaluate(text, Values.Of(("items", Values.List("a", "b", "c")))));
    }

    [Fact]
    public void Elements_of_lists_and_maps_are_normalised_too()
    {
        var variables = Values.Of(("list", new List<object?> { 1, 2L }), ("map", new Dictionary<string, object?> { ["n"] = 3.5 }));

        Assert.Equal(3m, Values.Evaluate("list[0] + list[1]", variables));
        Assert.IsType<decimal>(Values.Evaluate("map.n", variables));
    }

    [Fact]
    public void Immutable_collections_work_as_lists_and_maps()
    {
        var variables = Values.Of(
            ("list", ImmutableArray.Create<object?>("x")),
            ("map", ImmutableDictionary<string, object?>.Empty.Add("k", "v")));

        Assert.Equal("xv", Values.Evaluate("list[0] + map.k", variables));
    }

    [Fact]
    public void Lists_and_maps_in_indexes_and_members_compose()
    {
        var order = Values.Of(("lines", Values.List(Values.Of(("amount", 10)), Values.Of(("amount", 32)))));

        Assert.Equal(42m, Values.Evaluate("order.lines[0].amount + order['lines'][1]['amount']", Values.Of(("order", order))));
    }

    [Fact]
    public void Variable_names_are_matched_exactly()
    {
        var variables = Values.Of(("Amount", 1));

        Assert.Null(Values.Evaluate("amount", variables));
        Assert.Equal(1m, Values.Evaluate("Amount", variables));
    }

    [Fact]
    public void Chinese_variable_names_work_in_conditions()
    {
        var expression = Expression.Parse("${金额 > 1000 && 申请人.姓名 == '张三'}");
        var variables = Values.Of(("金额", 5000), ("申请人", Values.Of(("姓名", "张三"))));

        Assert.True(expression.EvaluateBoolean(variables));
    }

    [Fact]
    public void A_char_reads_as_a_one_letter_string()
    {
        Assert.Equal(true, Values.Evaluate("grade == 'A'", Values.Of(("grade", 'A'))));
    }

    [Fact]
    public void One_parsed_expression_serves_many_evaluations()
    {
        var expression = Expression.Parse("${outcome == 'accept'}");

        Assert.True(expression.EvaluateBoolean(Values.Of(("outcome", "accept"))));
        Assert.False(expression.EvaluateBoolean(Values.Of(("outcome", "reject"))));
        Assert.False(expression.EvaluateBoolean(Values.None));
    }

    [Fact]
    public void Evaluating_a_typical_condition_does_not_allocate()
    {
        var expression = Expression.Parse("${outcome == 'accept' && days <= 20}");
        var variables = Values.Of(("outcome", "accept"), ("days", 12m));
        for (var i = 0; i < 1_000; i++)
        {
            expression.EvaluateBoolean(variables);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            expression.EvaluateBoolean(variables);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Evaluation_is_safe_from_many_threads_at_once()
    {
        var expression = Expression.Parse("${n % 2 == 0 ? 'even' : 'odd'}");

        Parallel.For(0, 10_000, n =>
            Assert.Equal(n % 2 == 0 ? "even" : "odd", expression.Evaluate(Values.Of(("n", n)))));
    }
}
