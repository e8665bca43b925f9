using WorkflowHall.Cli.Arguments;

namespace WorkflowHall.Cli.Tests.Arguments;

public sealed class ArgumentParserTests
{
    private static readonly OptionSpec[] Specs =
        [OptionSpec.Flag("json"), OptionSpec.Single("output", 'o'), OptionSpec.Repeated("var")];

    [Fact]
    public void Values_can_follow_the_option_or_be_joined_with_an_equals_sign()
    {
        var parsed = ArgumentParser.Parse(["file.bpmn", "--output=out.bpmn", "--var", "a=1", "--var=b=2", "--json"], Specs, out var error);

        Assert.Null(error);
        Assert.Equal(["file.bpmn"], parsed.Positionals.ToArray());
        Assert.Equal("out.bpmn", parsed.Value("output"));
        Assert.Equal(["a=1", "b=2"], parsed.Values("var").ToArray());
        Assert.True(parsed.Has("json"));
    }

    [Fact]
    public void A_short_alias_reads_like_its_long_option()
    {
        var parsed = ArgumentParser.Parse(["-o", "out.bpmn", "file.bpmn"], Specs, out var error);

        Assert.Null(error);
        Assert.Equal("out.bpmn", parsed.Value("output"));
        Assert.Equal(["file.bpmn"], parsed.Positionals.ToArray());
    }

    [Fact]
    public void Everything_after_a_double_dash_is_positional()
    {
        var parsed = ArgumentParser.Parse(["--", "--json"], Specs, out var error);

        Assert.Null(error);
        Assert.Equal(["--json"], parsed.Positionals.ToArray());
        Assert.False(parsed.Has("json"));
    }

    [Theory]
    [InlineData("unknown option --nope", "--nope")]
    [InlineData("option --output needs a value", "--output")]
    [InlineData("option --output may be given only once", "-o", "a", "-o", "b")]
    [InlineData("option --json takes no value", "--json=yes")]
    public void A_wrong_command_line_is_explained_in_both_languages(string messageEn, params string[] args)
    {
        ArgumentParser.Parse(args, Specs, out var error);

        Assert.NotNull(error);
        Assert.Equal(messageEn, error.MessageEn);
        Assert.Contains("选项", error.MessageZh);
    }
}
