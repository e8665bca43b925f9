namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>The stages a matrix case is brought to through the case service: each has other people entitled to act.</summary>
public enum CaseStage
{
    /// <summary>Filed, waiting at acceptance: the window post acts.</summary>
    Submitted,

    /// <summary>The window asked for one supplement: the applicant side answers it (the supplement form and notice have content).</summary>
    AwaitingSupplement,

    /// <summary>Accepted, waiting at section review: the section-review post acts, the window no longer.</summary>
    InReview,

    /// <summary>Approved and issued: nobody acts on a step; its certificate is the one the certificate routes show.</summary>
    Issued,
}
