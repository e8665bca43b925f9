using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WorkflowHall.Data.Records.Supervision;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// SHA-256 over every field of a record and the previous record's hash, as the case trail is chained
/// (TrailHash). Times enter to the microsecond, what both providers keep.
/// </summary>
public static class SupervisionHash
{
    /// <summary>The "previous hash" of the first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(SupervisionRecord r)
    {
        var text = new StringBuilder(512)
            .Append(r.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(r.RecordNumber).Append('\u001f')
            .Append(r.CaseId).Append('\u001f')
            .Append(r.CaseNumber).Append('\u001f')
            .Append(r.MatterType).Append('\u001f')
            .Append(r.ImplementationCode).Append('\u001f')
            .Append(r.UnitCode).Append('\u001f')
            .Append(r.ResponsibleUnit).Append('\u001f')
            .Append(r.SubjectKind).Append('\u001f')
            .Append(r.SubjectId).Append('\u001f')
            .Append(r.NodeId).Append('\u001f')
            .Append(r.StepName).Append('\u001f')
            .Append(r.Post).Append('\u001f')
            .Append(r.Assignee).Append('\u001f')
            .Append(r.RuleCode).Append('\u001f')
            .Append(r.Level.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(SupervisionTime.Key(r.DueAt)).Append('\u001f')
            .Append(SupervisionTime.Key(r.NoticedAt)).Append('\u001f')
            .Append(r.OverdueMinutes.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(r.Description).Append('\u001f')
            .Append(r.DedupKey).Append('\u001f')
            .Append(r.CorrectsSequence?.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(r.PreviousHash)
            .ToString();
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash);
    }
}
