using System.Globalization;
using System.Text.RegularExpressions;
using WorkflowHall.Cli.Arguments;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Simulation;

/// <summary>The simulated clock and limits: <c>--start</c>, <c>--step-duration</c> and <c>--max-steps</c>.</summary>
internal sealed partial record SimulationSettings(DateTimeOffset Start, IsoDuration StepDuration, int MaxSteps)
{
    /// <summary>A fixed default keeps runs repeatable and inside the year the bundled calendar covers.</summary>
    public static readonly DateTimeOffset DefaultStart = HallTime.On(new DateOnly(2026, 12, 1), new TimeOnly(9, 0));

    public const string DefaultStepDuration = "PT4H";
    public const int DefaultMaxSteps = 200;

    public static SimulationSettings? Read(ParsedArguments arguments, out CliError? error)
    {
        error = null;
        var start = DefaultStart;
        if (arguments.Value("start") is { } startText && !TryParseStart(startText, out start))
        {
            error = new CliError($"--start 不是 ISO 8601 时间（例如 2026-12-01T09:00:00+08:00）：{startText}",
                $"--start is not an ISO 8601 time (e.g. 2026-12-01T09:00:00+08:00): {startText}");
            return null;
        }

        var durationText = arguments.Value("step-duration") ?? DefaultStepDuration;
        if (!IsoDuration.TryParse(durationText, out var duration, out var durationZh, out var durationEn))
        {
            error = new CliError($"--step-duration {durationText}：{durationZh}", $"--step-duration {durationText}: {durationEn}");
            return null;
        }

        var maxSteps = DefaultMaxSteps;
        if (arguments.Value("max-steps") is { } maxText
            && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxSteps) || maxSteps < 1))
        {
            error = new CliError($"--max-steps 应为正整数：{maxText}", $"--max-steps must be a positive whole number: {maxText}");
            return null;
        }

        return new SimulationSettings(start, duration, maxSteps);
    }

    /// <summary>ISO 8601 date or date-time; without an offset it is China time (+08:00), as the engine reads timer dates.</summary>
    private static bool TryParseStart(string text, out DateTimeOffset start)
    {
        start = default;
        if (!IsoLike().IsMatch(text)) return false;
        if (ExplicitOffset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out start);
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        start = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), HallTime.Offset);
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$")]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"T.*(Z|[+-]\d{2}(:?\d{2})?)$")]
    private static partial Regex ExplicitOffset();
}
