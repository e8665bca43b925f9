using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Browser.Tests.Portal.Applicant;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Browser.Tests.Audit.Replay;

/// <summary>Finished cases for the replay, arranged through the hall's own services, and the ways a trail is tampered with.</summary>
internal static class ReplayCases
{
    public const string AcceptOpinion = "材料齐全，予以受理";
    public const string ReviewOpinion = "用火地点、时间和防火措施符合规定";
    public const string ApproveOpinion = "同意";
    public const string IssueNote = "电子证照送达申请人";
    public const string ProcedureReason = "用火地点邻近林区，需现场勘验";
    public const string ProcedureResult = "勘验完毕，防火隔离带符合要求";
    public const string MigrationReason = "按新版流程办理";
    public const string StandardApproval = "standard-approval";

    /// <summary>刘卫东's field-fire permit from application to certificate: 王芳 accepts, 陈志强 reviews, 杨建军 approves, 黄丽 issues.</summary>
    public static async Task<CaseRecord> FinishedFirePermitAsync(HallServer hall)
    {
        var applied = await hall.ApplyAsync("liu.weidong", ApplicantCases.FieldFirePermit);
        var actions = hall.Service<CaseActions>();
        await actions.AcceptAsync(applied.Id, "wang.fang", AcceptOpinion).SucceedsAsync();
        await actions.ReviewAsync(applied.Id, "chen.zhiqiang", ReviewOpinion).SucceedsAsync();
        await actions.ApproveAsync(applied.Id, "yang.jianjun", ApproveOpinion).SucceedsAsync();
        return await actions.IssueAsync(applied.Id, "huang.li", IssueNote).SucceedsAsync();
    }

    /// <summary>
    /// The same permit with a special procedure at review (the clock paused and resumed), then moved to version 2
    /// of the standard process — where review's limit is 8 working days instead of 10 — before it is reviewed, approved and issued.
    /// </summary>
    public static async Task<CaseRecord> PausedAndMigratedFirePermitAsync(HallServer hall)
    {
        var applied = await hall.ApplyAsync("liu.weidong", ApplicantCases.FieldFirePermit);
        var actions = hall.Service<CaseActions>();
        await actions.AcceptAsync(applied.Id, "wang.fang", AcceptOpinion).SucceedsAsync();
        await actions.StartSpecialProcedureAsync(applied.Id, "chen.zhiqiang", "现场勘验", ProcedureReason, null).SucceedsAsync();
        await actions.EndSpecialProcedureAsync(applied.Id, "chen.zhiqiang", ProcedureResult).SucceedsAsync();

        var definitions = hall.Service<DefinitionStore>();
        var first = (await definitions.GetAsync(StandardApproval, 1))!;
        var bpmn = Regex.Replace(first.Record.Bpmn, "(id=\"review\"[^>]*?hall:timeLimit=\")10\"", "${1}8\"");
        Assert.NotEqual(first.Record.Bpmn, bpmn);
        Assert.True((await definitions.SaveDraftAsync(bpmn, "qian.lei")).Saved);
        Assert.Equal(2, (await definitions.PublishAsync(StandardApproval, "qian.lei", "审核时限缩短为 8 个工作日")).Published?.Version);
        var migrated = await hall.Service<WorkflowRuntime>().ExecuteAsync(applied.Id, new MigrateInstance("qian.lei", 2) { Reason = MigrationReason });
        Assert.True(migrated.IsAccepted, migrated.Rejection?.ToString());

        await actions.ReviewAsync(applied.Id, "chen.zhiqiang", ReviewOpinion).SucceedsAsync();
        await actions.ApproveAsync(applied.Id, "yang.jianjun", ApproveOpinion).SucceedsAsync();
        return await actions.IssueAsync(applied.Id, "huang.li", IssueNote).SucceedsAsync();
    }

    /// <summary>The trail event that records a step's completion (its command's head), e.g. 审核 at <c>review</c>.</summary>
    public static async Task<TrailEvent> CompletionAsync(HallServer hall, string caseId, string nodeId) =>
        (await hall.Service<WorkflowRuntime>().TrailAsync(caseId)).Single(e => e.Kind == TrailEventKind.WorkItemCompleted && e.NodeId == nodeId);

    /// <summary>Edits one event's opinion straight in the database, as someone with access to the tables might.</summary>
    public static async Task EditOpinionAsync(HallServer hall, string caseId, long sequence, string opinion)
    {
        await using var connection = new SqliteConnection(hall.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """UPDATE trail_events SET "Opinion" = $opinion WHERE "InstanceId" = $id AND "Sequence" = $sequence""";
        command.Parameters.AddWithValue("$opinion", opinion);
        command.Parameters.AddWithValue("$id", caseId);
        command.Parameters.AddWithValue("$sequence", sequence);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>
    /// Edits one event's opinion and recomputes the hash chain from there on, so that the chain holds and only
    /// replaying the recorded commands can tell.
    /// </summary>
    public static async Task EditOpinionAndRehashAsync(HallServer hall, string caseId, long sequence, string opinion)
    {
        var trail = await hall.Service<WorkflowRuntime>().TrailAsync(caseId);
        await using var connection = new SqliteConnection(hall.ConnectionString);
        await connection.OpenAsync();
        var previous = trail.Single(e => e.Sequence == sequence).PreviousHash;
        foreach (var e in trail.Where(e => e.Sequence >= sequence))
        {
            var edited = e with { Opinion = e.Sequence == sequence ? opinion : e.Opinion, PreviousHash = previous };
            edited = edited with { Hash = TrailHash.Compute(edited) };
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE trail_events SET "Opinion" = $opinion, "PreviousHash" = $previous, "Hash" = $hash WHERE "InstanceId" = $id AND "Sequence" = $sequence""";
            command.Parameters.AddWithValue("$opinion", (object?)edited.Opinion ?? DBNull.Value);
            command.Parameters.AddWithValue("$previous", edited.PreviousHash);
            command.Parameters.AddWithValue("$hash", edited.Hash);
            command.Parameters.AddWithValue("$id", caseId);
            command.Parameters.AddWithValue("$sequence", e.Sequence);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
            previous = edited.Hash;
        }
    }
}
