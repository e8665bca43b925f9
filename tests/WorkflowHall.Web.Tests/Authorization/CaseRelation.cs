namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>What a persona is to the matrix's cases (all of them 刘卫东's, filed by the agent of his village).</summary>
public enum CaseRelation
{
    /// <summary>Nothing: may open no case page or case API and must learn nothing of the case.</summary>
    None,

    /// <summary>The applicant himself: the only one who sees his full ID number and phone without a reveal.</summary>
    Applicant,

    /// <summary>The village agent who filed the case for him: sees what filing needs, no more.</summary>
    FilingAgent,

    /// <summary>A clerk of the handling unit or of a unit above it: may view; acts only with the open step's post.</summary>
    UnitStaff,

    Auditor,

    Administrator,
}
