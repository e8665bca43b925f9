using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WorkflowHall.Engine.Trail;

/// <summary>SHA-256 over every field of an event and the previous event's hash.</summary>
public static class TrailHash
{
    /// <summary>The "previous hash" of an instance's first event.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(TrailEvent e)
    {
        var text = new StringBuilder(256)
            .Append(e.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(e.InstanceId).Append('\u001f')
            .Append(e.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(e.Actor).Append('\u001f')
            .Append(e.Kind.ToString()).Append('\u001f')
            .Append(e.NodeId).Append('\u001f')
            .Append(e.WorkItemId).Append('\u001f')
            .Append(e.Outcome).Append('\u001f')
            .Append(e.Opinion).Append('\u001f')
            .Append(e.Detail).Append('\u001f')
            .Append(e.VariablesJson).Append('\u001f')
            .Append(e.Command).Append('\u001f')
            .Append(e.StateHash).Append('\u001f')
            .Append(e.PreviousHash)
            .ToString();
        return Hex(text);
    }

    internal static string Hex(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash);
    }
}
