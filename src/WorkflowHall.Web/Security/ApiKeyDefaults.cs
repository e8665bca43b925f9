namespace WorkflowHall.Web.Security;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>A claim per unit the key is configured for (<see cref="ApiKeyAccount.Units"/>).</summary>
    public const string UnitClaim = "hall:unit";

    /// <summary>The <see cref="ApiKeyAccount.Units"/> entry that stands for every unit.</summary>
    public const string AllUnits = "*";
}
