namespace WorkflowHall.Web.Security;

/// <summary>Who an API key stands for: the actor recorded on every command, and the roles it holds.</summary>
public sealed class ApiKeyAccount
{
    public string Actor { get; set; } = "";
    public List<string> Roles { get; set; } = [];

    /// <summary>
    /// Units whose cases a clerk's key may act on, besides those where the actor holds a post in the hall's
    /// directory (a unit covers the units below it); <c>*</c> for every unit, as a system that routes work for
    /// the whole hall needs. A clerk key with neither reaches no case.
    /// </summary>
    public List<string> Units { get; set; } = [];
}
