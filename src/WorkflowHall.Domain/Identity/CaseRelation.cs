namespace WorkflowHall.Domain.Identity;

/// <summary>How the reader of a case stands to it; <see cref="PersonalDataView.For"/> says what of the applicant's data each sees.</summary>
public enum CaseRelation
{
    /// <summary>May not open the case at all.</summary>
    None,
    /// <summary>The applicant themself (by account or by one number).</summary>
    Applicant,
    /// <summary>The village agent who filed it for the applicant (代办), while the applicant's consent stands.</summary>
    FilingAgent,
    /// <summary>A clerk holding a post in the handling unit or a unit above it.</summary>
    HandlingStaff,
    /// <summary>Other staff who may open the case (the applicant's village, a key naming all units) but do not handle it.</summary>
    OtherStaff,
    Auditor,
    Administrator,
}
