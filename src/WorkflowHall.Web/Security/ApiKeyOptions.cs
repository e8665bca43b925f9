namespace WorkflowHall.Web.Security;

/// <summary>The development API keys (configuration <c>Hall:ApiKeys</c>: key → actor and roles). Real accounts come later.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The section bound to this class; the keys are its <c>ApiKeys</c> entry.</summary>
    public const string Section = "Hall";

    public Dictionary<string, ApiKeyAccount> ApiKeys { get; set; } = new(StringComparer.Ordinal);
}
