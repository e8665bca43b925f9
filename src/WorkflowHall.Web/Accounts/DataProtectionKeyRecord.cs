namespace WorkflowHall.Web.Accounts;

/// <summary>One key of the Data Protection key ring, as the XML the framework writes.</summary>
public sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
