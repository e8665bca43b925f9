namespace WorkflowHall.Domain.Cases;

/// <summary>How long one free-text field of an application may be, with the field's name for the refusal in both languages.</summary>
public sealed record TextLimit(string Field, string NameZh, string NameEn, int Max)
{
    /// <summary>Counted in characters (a Chinese character is one), after trimming, as the form's <c>maxlength</c> counts.</summary>
    public bool IsExceededBy(string? text) => text is not null && text.Trim().Length > Max;

    public string MessageZh(string text) => $"{NameZh}最多 {Max} 个字，现有 {text.Trim().Length} 个字，请精简";

    public string MessageEn(string text) => $"{NameEn} may be at most {Max} characters; it has {text.Trim().Length}. Shorten it";
}
