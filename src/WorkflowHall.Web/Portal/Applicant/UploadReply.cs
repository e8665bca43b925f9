namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>What the upload island receives for a stored material: the hash it puts in the form, and a line to show.</summary>
public sealed record UploadReply(string Sha256, string FileName, long Size, string Message);
