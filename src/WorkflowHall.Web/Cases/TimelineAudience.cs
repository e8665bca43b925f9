namespace WorkflowHall.Web.Cases;

/// <summary>Who reads a case's timeline: its applicant sees what was done about the case; staff also see the internal acts.</summary>
public enum TimelineAudience
{
    Applicant,
    Staff,
}
