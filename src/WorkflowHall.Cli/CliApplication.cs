using System.Collections.Immutable;
using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Commands;

namespace WorkflowHall.Cli;

/// <summary>Picks the command named by the first argument, parses the rest for it and runs it.</summary>
internal sealed class CliApplication(CliContext context)
{
    private static readonly ImmutableArray<ICliCommand> Commands = [new ValidateCommand(), new ExportCommand(), new SimulateCommand()];

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            Usage.Write(context.Output);
            return ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            context.Error.WriteLine($"未知命令 {args[0]} / unknown command {args[0]}");
            context.Error.WriteLine();
            Usage.Write(context.Error);
            return ExitCodes.Unusable;
        }

        var rest = args.Skip(1).ToArray();
        if (rest.Any(a => a is "--help" or "-h"))
        {
            Usage.Write(context.Output);
            return ExitCodes.Success;
        }

        var arguments = ArgumentParser.Parse(rest, command.Options, out var error);
        error ??= arguments.Positionals.Length switch
        {
            0 => new CliError("缺少 BPMN 文件", "the BPMN file is missing"),
            1 => null,
            _ => new CliError($"多余的参数 {arguments.Positionals[1]}", $"unexpected argument {arguments.Positionals[1]}"),
        };
        if (error is not null)
        {
            context.Error.WriteLine($"workflowhall {command.Name}: {error}");
            context.Error.WriteLine("运行 workflowhall help 查看用法 / run workflowhall help for usage");
            return ExitCodes.Unusable;
        }

        return await command.RunAsync(arguments.Positionals[0], arguments, context, cancellationToken);
    }
}
