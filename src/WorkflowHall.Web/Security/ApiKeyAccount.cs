namespace WorkflowHall.Web.Security;

/// <summary>Who an API key stands for: the actor recorded on every command, and the roles it holds.</summary>
public sealed class ApiKeyAccount
{
    public string Actor { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}
