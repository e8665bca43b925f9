namespace WorkflowHall.Domain.Identity;

/// <summary>An applicant as one reader may see them; <see cref="Masked"/> says whether anything is hidden.</summary>
public sealed record ShownApplicant(string Name, string Number, string? Phone, bool Masked);
