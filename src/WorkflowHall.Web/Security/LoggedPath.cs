using System.Text.RegularExpressions;
using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Web.Security;

/// <summary>
/// A request path as the log may keep it: a segment that is a citizen ID number (18 or 15 characters) or a
/// mobile number is masked, so that whoever reads the log learns that a number was there and not which.
/// Query strings and bodies are never logged at all.
/// </summary>
public static partial class LoggedPath
{
    public static string Mask(string? path) =>
        string.IsNullOrEmpty(path) ? "" : Phone().Replace(IdNumber().Replace(path, m => PersonalDataMask.MaskIdNumber(m.Value)), m => PersonalDataMask.MaskPhone(m.Value));

    // Whole tokens only: a case number is a longer run of digits and letters and stays as it is.
    [GeneratedRegex("(?<![0-9A-Za-z])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])")]
    private static partial Regex IdNumber();

    [GeneratedRegex("(?<![0-9A-Za-z])(\\+?86)?1[3-9][0-9]{9}(?![0-9A-Za-z])")]
    private static partial Regex Phone();
}
