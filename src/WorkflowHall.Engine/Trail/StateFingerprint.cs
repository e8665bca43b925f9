using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Engine.Trail;

/// <summary>
/// A SHA-256 over the canonical form of an instance's state (everything but the trail pointers).
/// Stored on the last trail event of each command, it lets a replay prove it reached the same state.
/// </summary>
public static class StateFingerprint
{
    public static string Compute(InstanceState state)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            WriteHeader(w, state);
            WriteArray(w, state.Tokens, WriteToken);
            WriteArray(w, state.WorkItems, WriteWorkItem);
            WriteArray(w, state.ClosedWorkItems, WriteClosedWorkItem);
            WriteArray(w, state.Timers, WriteTimer);
            WriteArray(w, state.ServiceCalls, WriteServiceCall);
            WriteArray(w, state.Clock.Pauses, WritePause);
            w.WriteEndArray();
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static void WriteHeader(Utf8JsonWriter w, InstanceState state)
    {
        w.WriteStringValue(state.InstanceId);
        w.WriteStringValue(state.DefinitionKey);
        w.WriteNumberValue(state.DefinitionVersion);
        w.WriteStringValue(state.Status.ToString());
        w.WriteNumberValue(state.Revision);
        w.WriteNumberValue(state.NextId);
        WriteTime(w, state.StartedAt);
        WriteTime(w, state.EndedAt);
        w.WriteStringValue(state.EndNodeId);
        CanonicalJson.Write(w, state.Variables);
    }

    private static void WriteArray<T>(Utf8JsonWriter w, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray();
        foreach (var item in items) write(w, item);
        w.WriteEndArray();
    }

    private static void WriteToken(Utf8JsonWriter w, Token t)
    {
        w.WriteStringValue(t.Id);
        w.WriteStringValue(t.NodeId);
        w.WriteStringValue(t.ScopeId);
        w.WriteStringValue(t.ArrivedVia);
        WriteTime(w, t.EnteredAt);
        if (t.Loop is not { } loop) return;
        w.WriteBooleanValue(loop.IsSequential);
        w.WriteNumberValue(loop.Completed);
        w.WriteNumberValue(loop.Current);
        foreach (var s in loop.Signers) w.WriteStringValue(s);
        foreach (var r in loop.Removed) w.WriteNumberValue(r);
        foreach (var (outcome, count) in loop.OutcomeCounts)
        {
            w.WriteStringValue(outcome);
            w.WriteNumberValue(count);
        }
    }

    private static void WriteWorkItem(Utf8JsonWriter w, WorkItem i)
    {
        w.WriteStringValue(i.Id);
        w.WriteStringValue(i.TokenId);
        w.WriteStringValue(i.NodeId);
        WriteTime(w, i.OpenedAt);
        w.WriteStringValue(i.Status.ToString());
        w.WriteStringValue(i.Assignee);
        w.WriteStringValue(i.Owner);
        foreach (var g in i.CandidateGroups) w.WriteStringValue(g);
        foreach (var u in i.CandidateUsers) w.WriteStringValue(u);
        w.WriteStringValue(i.CandidatePost);
        if (i.LoopIndex is { } index) w.WriteNumberValue(index);
    }

    private static void WriteClosedWorkItem(Utf8JsonWriter w, ClosedWorkItem c)
    {
        w.WriteStringValue(c.Id);
        w.WriteStringValue(c.ClosedBy);
        w.WriteStringValue(c.Reason.ToString());
        w.WriteStringValue(c.Outcome);
        WriteTime(w, c.ClosedAt);
    }

    private static void WriteTimer(Utf8JsonWriter w, ScheduledTimer t)
    {
        w.WriteStringValue(t.Id);
        w.WriteStringValue(t.NodeId);
        w.WriteStringValue(t.TokenId);
        WriteTime(w, t.DueAt);
        w.WriteNumberValue(t.FiredCount);
    }

    private static void WriteServiceCall(Utf8JsonWriter w, ServiceCall s)
    {
        w.WriteStringValue(s.Id);
        w.WriteStringValue(s.TokenId);
        w.WriteStringValue(s.Handler);
    }

    private static void WritePause(Utf8JsonWriter w, ClockPause p)
    {
        WriteTime(w, p.From);
        WriteTime(w, p.To);
        w.WriteStringValue(p.Kind.ToString());
        w.WriteStringValue(p.Reason);
    }

    private static void WriteTime(Utf8JsonWriter w, DateTimeOffset? time)
    {
        if (time is { } t) w.WriteStringValue(t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        else w.WriteNullValue();
    }
}
