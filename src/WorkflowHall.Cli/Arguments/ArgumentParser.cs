using System.Collections.Immutable;

namespace WorkflowHall.Cli.Arguments;

/// <summary>
/// Reads <c>--name value</c>, <c>--name=value</c>, <c>-x value</c> and bare flags against the options a
/// command declares; anything else is positional, and <c>--</c> makes everything after it positional.
/// </summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs, out CliError? error)
    {
        error = null;
        var positionals = ImmutableArray.CreateBuilder<string>();
        var options = new Dictionary<string, ImmutableArray<string>.Builder>(StringComparer.Ordinal);
        var onlyPositionals = false;

        for (var i = 0; i < args.Count && error is null; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var (spec, inlineValue) = Find(arg, specs);
            if (spec is null)
            {
                error = new CliError($"未知选项 {arg}", $"unknown option {arg}");
                break;
            }

            if (spec.Arity == OptionArity.Flag)
            {
                error = inlineValue is null ? null : new CliError($"选项 --{spec.Name} 不带值", $"option --{spec.Name} takes no value");
                Values(options, spec.Name);
                continue;
            }

            var value = inlineValue;
            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    error = new CliError($"选项 --{spec.Name} 缺少值", $"option --{spec.Name} needs a value");
                    break;
                }

                value = args[++i];
            }

            var values = Values(options, spec.Name);
            if (spec.Arity == OptionArity.Single && values.Count > 0)
            {
                error = new CliError($"选项 --{spec.Name} 只能给一次", $"option --{spec.Name} may be given only once");
            }

            values.Add(value);
        }

        return new ParsedArguments(positionals.ToImmutable(), options.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutable()));
    }

    private static (OptionSpec? Spec, string? InlineValue) Find(string arg, IReadOnlyList<OptionSpec> specs)
    {
        if (arg.StartsWith("--", StringComparison.Ordinal))
        {
            var body = arg[2..];
            var equals = body.IndexOf('=');
            var name = equals < 0 ? body : body[..equals];
            var inline = equals < 0 ? null : body[(equals + 1)..];
            return (specs.FirstOrDefault(s => s.Name == name), inline);
        }

        return arg.Length == 2 ? (specs.FirstOrDefault(s => s.ShortName == arg[1]), null) : (null, null);
    }

    private static ImmutableArray<string>.Builder Values(Dictionary<string, ImmutableArray<string>.Builder> options, string name)
    {
        if (!options.TryGetValue(name, out var values))
        {
            values = ImmutableArray.CreateBuilder<string>();
            options.Add(name, values);
        }

        return values;
    }
}
