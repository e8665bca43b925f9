namespace WorkflowHall.Data.Records.Hall;

/// <summary>A person the hall knows: staff holding posts, village agents, applicants (by their one number).</summary>
public sealed class PersonRecord
{
    public required string UserName { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    /// <summary>Citizen ID number or unified social credit code (一号) for applicants.</summary>
    public string? Number { get; set; }
    public string? Phone { get; set; }
    /// <summary>The village or community an applicant lives in (for 代办 and the applicant-village rule).</summary>
    public string? VillageCode { get; set; }
}
