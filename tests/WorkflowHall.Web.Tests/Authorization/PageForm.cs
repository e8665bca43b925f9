namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>A form a page rendered for someone: its name (Blazor's <c>_handler</c>), whether it uploads files, and its fields.</summary>
public sealed record PageForm(string Name, bool Multipart, IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlyList<string> FileInputs)
{
    /// <summary>Which persona's page it was read from (the others post it with their own form token).</summary>
    public required string ReadFrom { get; init; }
}
