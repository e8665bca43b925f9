using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Ratings;

/// <summary>
/// Works a 差评's rectification through <see cref="RectificationRules"/>: review, start, the one
/// extension, completion or impossibility, and the follow-up log (回访, 反馈). Every change bumps the
/// revision and writes its follow-up record in the same transaction. Given an expected revision, a
/// change made meanwhile by someone else is refused; without one, the change is retried on the
/// latest state, whose rules then decide.
/// </summary>
public sealed class RectificationService(IDbContextFactory<HallDbContext> contexts, WorkingDayCalendar calendar, RatingOptions options, TimeProvider clock)
{
    private const int MaxAttempts = 3;

    /// <summary>核实: a valid 差评 becomes 已核实; an invalid one (误评, 恶意差评) is closed as 无效差评, which needs the reason.</summary>
    public Task<HallResult<Rectification>> ReviewAsync(long id, bool valid, string? reason, string actor, int? expectedRevision = null,
        CancellationToken cancellationToken = default) =>
        TransitionAsync(id, valid ? RectificationAction.ConfirmValid : RectificationAction.MarkInvalid, reason, actor, expectedRevision, cancellationToken);

    /// <summary>开始整改: the handling unit takes a verified rectification on.</summary>
    public Task<HallResult<Rectification>> StartAsync(long id, string actor, string? note = null, int? expectedRevision = null,
        CancellationToken cancellationToken = default) =>
        TransitionAsync(id, RectificationAction.Start, note, actor, expectedRevision, cancellationToken);

    /// <summary>整改完成, with the outcome.</summary>
    public Task<HallResult<Rectification>> CompleteAsync(long id, string outcome, string actor, int? expectedRevision = null,
        CancellationToken cancellationToken = default) =>
        TransitionAsync(id, RectificationAction.Complete, outcome, actor, expectedRevision, cancellationToken);

    /// <summary>无法整改, with the reason given to the applicant.</summary>
    public Task<HallResult<Rectification>> ImpossibleAsync(long id, string reason, string actor, int? expectedRevision = null,
        CancellationToken cancellationToken = default) =>
        TransitionAsync(id, RectificationAction.DeclareImpossible, reason, actor, expectedRevision, cancellationToken);

    /// <summary>
    /// 申请延期: moves the deadline <paramref name="workingDays"/> working days on from the current
    /// one (end of that day, China time). Once only, while in progress, before the deadline passes.
    /// </summary>
    public Task<HallResult<Rectification>> ExtendAsync(long id, int workingDays, string reason, string actor, int? expectedRevision = null,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, expectedRevision, (record, extended, now) =>
        {
            var status = Enum.Parse<RectificationStatus>(record.Status);
            var due = StoredTime.FromStored(record.DueAt);
            if (RectificationRules.CanExtend(status, extended, workingDays, options.MaxExtensionWorkingDays, due, now, reason) is { } refusal)
            {
                return RatingErrors.From(refusal);
            }

            var moved = calendar.AddWorkingDays(due, workingDays);
            record.DueAt = StoredTime.ToStored(moved.At);
            var note = $"延期 {workingDays} 个工作日，整改期限由 {HallTime.FormatDate(due)} 延至 {HallTime.FormatDate(moved.At)}：{reason.Trim()}";
            return new Step(FollowUpKind.Extended, moved.Provisional ? note + "（跨入未载入节假日安排的年份，待确认）" : note);
        }, cancellationToken);

    /// <summary>Logs a contact with the applicant (电话回访, 现场回访, 反馈), at any stage, closed ones included.</summary>
    public Task<HallResult<Rectification>> AddFollowUpAsync(long id, FollowUpKind kind, string note, string actor, int? expectedRevision = null,
        CancellationToken cancellationToken = default)
    {
        if (!kind.IsContact()) return Task.FromResult<HallResult<Rectification>>(RatingErrors.NotAContact(kind));
        if (string.IsNullOrWhiteSpace(note)) return Task.FromResult<HallResult<Rectification>>(RatingErrors.NoteRequired(kind));
        return ChangeAsync(id, actor, expectedRevision, (_, _, _) => new Step(kind, note.Trim()), cancellationToken);
    }

    public async Task<Rectification?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ViewsAsync(db, db.Rectifications.Where(r => r.Id == id), cancellationToken)).SingleOrDefault();
    }

    public async Task<Rectification?> FindByCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ViewsAsync(db, db.Rectifications.Where(r => r.CaseId == caseId), cancellationToken)).SingleOrDefault();
    }

    /// <summary>The follow-up log of a rectification, oldest first.</summary>
    public async Task<IReadOnlyList<RectificationFollowUpRecord>> FollowUpsAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RectificationFollowUps.AsNoTracking().Where(f => f.RectificationId == id)
            .OrderBy(f => f.At).ThenBy(f => f.Id).ToListAsync(cancellationToken);
    }

    /// <summary>整改超期: open rectifications whose deadline has passed at <paramref name="now"/>, most overdue first, optionally of one unit.</summary>
    public async Task<IReadOnlyList<Rectification>> OverdueAsync(DateTimeOffset now, string? unitCode = null, CancellationToken cancellationToken = default)
    {
        var open = RectificationStatuses.Open.Select(s => s.ToString()).ToArray();
        var cutoff = StoredTime.ToStored(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Rectifications.Where(r => open.Contains(r.Status) && r.DueAt < cutoff);
        if (unitCode is not null) query = query.Where(r => r.UnitCode == unitCode);
        return await ViewsAsync(db, query.OrderBy(r => r.DueAt).ThenBy(r => r.Id), cancellationToken);
    }

    private Task<HallResult<Rectification>> TransitionAsync(long id, RectificationAction action, string? text, string actor, int? expectedRevision,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, expectedRevision, (record, _, now) =>
        {
            var from = Enum.Parse<RectificationStatus>(record.Status);
            if (RectificationRules.Check(from, action, text) is { } refusal) return RatingErrors.From(refusal);

            var to = RectificationRules.Target(from, action)!.Value;
            var note = string.IsNullOrWhiteSpace(text) ? $"{from.Chinese()} → {to.Chinese()}" : text.Trim();
            record.Status = to.ToString();
            if (!to.IsOpen())
            {
                record.ClosedAt = StoredTime.ToStored(now);
                record.Outcome = note;
            }
            return new Step(FollowUpKinds.Of(action), note);
        }, cancellationToken);

    /// <summary>Loads the rectification, lets <paramref name="change"/> decide and alter it, and saves it with its follow-up record.</summary>
    private async Task<HallResult<Rectification>> ChangeAsync(long id, string actor, int? expectedRevision,
        Func<RectificationRecord, bool, DateTimeOffset, HallResult<Step>> change, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(actor)) return RatingErrors.ActorRequired();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.Rectifications.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (record is null) return RatingErrors.NotFound(id);
            if (expectedRevision is { } expected && record.Revision != expected) return RatingErrors.Stale(id, expected, record.Revision);

            var extended = await ExtendedAsync(db, id, cancellationToken);
            var now = clock.GetUtcNow();
            var step = change(record, extended, now);
            if (step.Error is { } error) return error;

            record.Revision++;
            db.RectificationFollowUps.Add(new RectificationFollowUpRecord
            {
                RectificationId = id, At = StoredTime.ToStored(now), By = actor.Trim(), Kind = step.Value!.Kind.ToString(), Note = step.Value.Note,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (expectedRevision is null && attempt < MaxAttempts)
            {
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                return RatingErrors.Conflict(id);
            }
            return Rectification.From(record, extended || step.Value.Kind == FollowUpKind.Extended, calendar);
        }
    }

    private static Task<bool> ExtendedAsync(HallDbContext db, long id, CancellationToken cancellationToken) =>
        db.RectificationFollowUps.AnyAsync(f => f.RectificationId == id && f.Kind == nameof(FollowUpKind.Extended), cancellationToken);

    private async Task<IReadOnlyList<Rectification>> ViewsAsync(HallDbContext db, IQueryable<RectificationRecord> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking()
            .Select(r => new { Record = r, Extended = db.RectificationFollowUps.Any(f => f.RectificationId == r.Id && f.Kind == nameof(FollowUpKind.Extended)) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => Rectification.From(row.Record, row.Extended, calendar))];
    }

    /// <summary>What a change leaves in the follow-up log.</summary>
    private sealed record Step(FollowUpKind Kind, string Note);
}
