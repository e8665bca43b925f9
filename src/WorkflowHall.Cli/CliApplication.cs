using System.Collections.Immutable;
using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Commands;
using WorkflowHall.Cli.Commands.Calendar;

namespace WorkflowHall.Cli;

/// <summary>Picks the command named by the first argument (or the first two, for a group such as <c>calendar</c>), parses the rest for it and runs it.</summary>
internal sealed class CliApplication(CliContext context)
{
    private static readonly ImmutableArray<ICliCommand> Commands =
    [
        new ValidateCommand(), new ExportCommand(), new SimulateCommand(),
        new CalendarAddCommand(), new CalendarCountCommand(), new CalendarShowCommand(),
        new SeedCommand(),
    ];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            Usage.Write(context.Output);
            return ExitCodes.Success;
        }

        var (command, words) = Find(args);
        if (command is null)
        {
            var group = Commands.Where(c => c.Name.StartsWith(args[0] + " ", StringComparison.Ordinal)).Select(c => c.Name[(args[0].Length + 1)..]).ToList();
            if (group.Count > 0 && !args.Skip(1).Any(a => a is "--help" or "-h"))
            {
                var given = args.Count > 1 ? args[1] : null;
                context.Error.WriteLine(given is null
                    ? $"workflowhall {args[0]}: 缺少子命令（{string.Join("、", group)}） / a subcommand is missing ({string.Join(", ", group)})"
                    : $"workflowhall {args[0]}: 未知子命令 {given}（可用：{string.Join("、", group)}） / unknown subcommand {given} (use {string.Join(", ", group)})");
                context.Error.WriteLine("运行 workflowhall help 查看用法 / run workflowhall help for usage");
                return ExitCodes.Unusable;
            }
            if (group.Count > 0)
            {
                Usage.Write(context.Output);
                return ExitCodes.Success;
            }
            context.Error.WriteLine($"未知命令 {args[0]} / unknown command {args[0]}");
            context.Error.WriteLine();
            Usage.Write(context.Error);
            return ExitCodes.Unusable;
        }

        var rest = args.Skip(words).ToArray();
        if (rest.Any(a => a is "--help" or "-h"))
        {
            Usage.Write(context.Output);
            return ExitCodes.Success;
        }

        var arguments = ArgumentParser.Parse(rest, command.Options, out var error);
        error ??= CheckPositionals(command, arguments);
        if (error is not null)
        {
            context.Error.WriteLine($"workflowhall {command.Name}: {error}");
            context.Error.WriteLine("运行 workflowhall help 查看用法 / run workflowhall help for usage");
            return ExitCodes.Unusable;
        }

        return await command.RunAsync(arguments, context, cancellationToken);
    }

    /// <summary>The command whose words begin the arguments, the longest such name winning, and how many words it took.</summary>
    private static (ICliCommand? Command, int Words) Find(IReadOnlyList<string> args)
    {
        foreach (var command in Commands.OrderByDescending(c => c.Name.Length))
        {
            var words = command.Name.Split(' ');
            if (words.Length <= args.Count && words.Select((w, i) => args[i] == w).All(match => match)) return (command, words.Length);
        }
        return (null, 0);
    }

    private static CliError? CheckPositionals(ICliCommand command, ParsedArguments arguments)
    {
        var expected = command.Arguments;
        var given = arguments.Positionals;
        if (given.Length < expected.Count)
        {
            var missing = expected[given.Length];
            return new CliError($"缺少{missing.MeaningZh}（{missing.Name}）", $"{missing.MeaningEn} ({missing.Name}) is missing");
        }
        return given.Length > expected.Count
            ? new CliError($"多余的参数 {given[expected.Count]}", $"unexpected argument {given[expected.Count]}")
            : null;
    }
}
