namespace WorkflowHall.Data.Seeding;

/// <summary>A generated applicant: a citizen (<see cref="Kind"/> "person", ID number) or an enterprise ("enterprise", credit code).</summary>
public sealed record SeedApplicant(string UserName, string Name, string Kind, string Number, string Phone, string Village, string Address)
{
    public const string Person = "person";
    public const string Enterprise = "enterprise";

    public bool IsEnterprise => Kind == Enterprise;
}
