using System.Collections.Immutable;
using System.Globalization;
using WorkflowHall.Cli.Arguments;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Cli.Simulation;

/// <summary>
/// Reads <c>--var NAME=VALUE</c>: numbers become decimals, <c>true</c>/<c>false</c> booleans, anything
/// else a string. <c>applicant</c> defaults to "applicant" so steps assigned to <c>${applicant}</c> resolve.
/// </summary>
internal static class SimulationVariables
{
    public const string Applicant = "applicant";

    public static ImmutableSortedDictionary<string, object?> Parse(IEnumerable<string> specs, out CliError? error)
    {
        error = null;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { [Applicant] = Applicant };
        foreach (var spec in specs)
        {
            var equals = spec.IndexOf('=');
            var name = equals < 0 ? "" : spec[..equals].Trim();
            if (name.Length == 0)
            {
                error = new CliError($"--var 应写作 NAME=VALUE，而不是 {spec}", $"--var must read NAME=VALUE, not {spec}");
                return VariableMap.Empty;
            }

            values[name] = Value(spec[(equals + 1)..]);
        }

        return VariableMap.From(values);
    }

    private static object Value(string text)
    {
        if (text is "true" or "false") return text == "true";
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : text;
    }
}
