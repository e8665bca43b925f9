namespace WorkflowHall.Data.Seeding;

/// <summary>Who may take a step of a path: a holder of its post, the applicant (or their agent), or one named user.</summary>
public enum StepActor
{
    PostHolder,
    Applicant,
    User,
}
