namespace WorkflowHall.Cli.Commands.Calendar;

/// <summary>What the calendar commands share: how they refuse a wrong argument.</summary>
internal static class CalendarCommands
{
    public static int Refuse(CliContext context, string command, CliError error)
    {
        context.Error.WriteLine($"workflowhall {command}: {error}");
        return ExitCodes.Unusable;
    }
}
