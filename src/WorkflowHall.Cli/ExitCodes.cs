namespace WorkflowHall.Cli;

/// <summary>What the process exit code tells a script.</summary>
internal static class ExitCodes
{
    /// <summary>Valid, exported, or the simulated instance ended.</summary>
    public const int Success = 0;

    /// <summary>The definition has problems, or the simulation did not end (rejected command, step limit).</summary>
    public const int Problems = 1;

    /// <summary>The file cannot be read as BPMN at all, or the command line is wrong.</summary>
    public const int Unusable = 2;
}
