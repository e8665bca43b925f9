namespace WorkflowHall.Data.Integrity;

/// <summary>What one attempt to sign a checkpoint did.</summary>
/// <param name="Number">The new checkpoint's number, when one was signed.</param>
/// <param name="Refusal">Why nothing was signed although there was something new: the log no longer holds together, and signing would vouch for a rewrite.</param>
public sealed record SealOutcome(long? Number, string? Refusal)
{
    public static readonly SealOutcome UpToDate = new(null, null);

    public bool Sealed => Number is not null;
}
