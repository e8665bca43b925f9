namespace WorkflowHall.Web.Components.Portal.Applicant;

/// <summary>The rating form: 1–5 stars (5 = 非常满意) and a comment.</summary>
public sealed class RatingInput
{
    public int Stars { get; set; }
    public string? Comment { get; set; }
}
