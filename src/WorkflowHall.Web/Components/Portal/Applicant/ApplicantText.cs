namespace WorkflowHall.Web.Components.Portal.Applicant;

/// <summary>
/// The strings of the applicant's pages (apply, receipt, my cases, certificates, notices). Keys are the
/// Chinese text, which is also what zh-CN shows; <c>Resources/Components/Portal/Applicant/ApplicantText.en.resx</c>
/// holds the English.
/// </summary>
public sealed class ApplicantText;
