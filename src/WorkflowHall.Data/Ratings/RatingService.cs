using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Ratings;

/// <summary>
/// 好差评: the applicant rates an ended case once (<see cref="RatingRules"/>); a 差评 opens its
/// rectification in the same transaction, due <see cref="RatingOptions.RectificationWorkingDays"/>
/// working days after the rating; and each matter's and unit's figures are counted by the database.
/// </summary>
public sealed class RatingService(IDbContextFactory<HallDbContext> contexts, WorkingDayCalendar calendar, RatingOptions options, TimeProvider clock)
{
    /// <summary>
    /// Records <paramref name="raterUserName"/>'s rating of a case. Refused unless the rater is the
    /// case's applicant (<see cref="CaseRecord.ApplicantUserName"/>; not the agent who applied for
    /// them), the case has ended (办结, 不予许可 or 不予受理) and it has not been rated yet — a second
    /// attempt is told when the first was made, and the case's primary key settles two at once.
    /// </summary>
    public async Task<HallResult<RatingOutcome>> RateAsync(string caseId, string raterUserName, RatingGrade grade, string? comment,
        RatingChannel channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        if (!grade.IsDefined()) return RatingErrors.From(RatingRefusals.UnknownGrade((int)grade));
        if (!channel.IsDefined()) return RatingErrors.From(RatingRefusals.UnknownChannel((int)channel));
        if (string.IsNullOrWhiteSpace(raterUserName)) return RatingErrors.RaterRequired();
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment is not null && comment.Length > options.MaxCommentLength)
        {
            return RatingErrors.From(RatingRefusals.CommentTooLong(comment.Length, options.MaxCommentLength));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rated = await db.Cases.AsNoTracking()
            .Where(c => c.Id == caseId)
            .Select(c => new { c.Status, c.ApplicantUserName, c.AgentUserName, c.ImplementationCode, c.HandlingUnit })
            .SingleOrDefaultAsync(cancellationToken);
        if (rated is null) return RatingErrors.CaseNotFound(caseId);

        var isApplicant = rated.ApplicantUserName is not null && string.Equals(rated.ApplicantUserName, raterUserName, StringComparison.Ordinal);
        if (!isApplicant && rated.AgentUserName is not null && string.Equals(rated.AgentUserName, raterUserName, StringComparison.Ordinal))
        {
            return RatingErrors.From(RatingRefusals.AgentMayNotRate());
        }
        var firstRatedAt = await FirstRatedAtAsync(db, caseId, cancellationToken);
        if (RatingRules.CanRate(Enum.Parse<CaseStatus>(rated.Status), firstRatedAt is not null, isApplicant, firstRatedAt) is { } refusal)
        {
            return RatingErrors.From(refusal);
        }

        var now = clock.GetUtcNow();
        var rating = new RatingRecord
        {
            CaseId = caseId, Grade = grade.Code(), Channel = channel.Code().ToString(CultureInfo.InvariantCulture), RatedBy = raterUserName,
            RatedAt = StoredTime.ToStored(now), Comment = comment, ImplementationCode = rated.ImplementationCode, UnitCode = rated.HandlingUnit,
        };
        db.Ratings.Add(rating);
        (RectificationRecord Record, DueDate Due)? rectification = grade.IsBad() ? Open(rating, now) : null;
        if (rectification is not null) db.Rectifications.Add(rectification.Value.Record);

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (rectification is { } opened)
            {
                // Its first follow-up needs its id, which the first save gave it.
                db.RectificationFollowUps.Add(new RectificationFollowUpRecord
                {
                    RectificationId = opened.Record.Id, At = StoredTime.ToStored(now), By = raterUserName,
                    Kind = nameof(FollowUpKind.Opened), Note = OpenedNote(grade, opened.Due),
                });
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e))
        {
            // Another attempt on the same case committed first: it is the one rating.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            return RatingErrors.From(RatingRefusals.AlreadyRated(await FirstRatedAtAsync(fresh, caseId, cancellationToken)));
        }

        return new RatingOutcome(rating, rectification is { } r ? Rectification.From(r.Record, extended: false, calendar) : null);
    }

    public async Task<RatingRecord?> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Ratings.AsNoTracking().SingleOrDefaultAsync(r => r.CaseId == caseId, cancellationToken);
    }

    /// <summary>
    /// The published figures per matter or per unit, for ratings made in [<paramref name="from"/>,
    /// <paramref name="to"/>) when given, ordered by key. Counted by the database in one grouped query
    /// over the ratings and their rectifications.
    /// </summary>
    public async Task<IReadOnlyList<RatingAggregate>> AggregatesAsync(RatingGrouping groupBy, DateTimeOffset? from = null, DateTimeOffset? to = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ratings = db.Ratings.AsNoTracking();
        if (from is { } start)
        {
            var since = StoredTime.ToStored(start);
            ratings = ratings.Where(r => r.RatedAt >= since);
        }
        if (to is { } end)
        {
            var until = StoredTime.ToStored(end);
            ratings = ratings.Where(r => r.RatedAt < until);
        }

        var joined = from r in ratings
                     join x in db.Rectifications on r.CaseId equals x.CaseId into rectifications
                     from x in rectifications.DefaultIfEmpty()
                     select new { Rating = r, Status = x == null ? null : x.Status };
        var keyed = groupBy switch
        {
            RatingGrouping.Matter => joined.Select(e => new { Key = e.Rating.ImplementationCode, e.Rating.Grade, e.Status }),
            RatingGrouping.Unit => joined.Select(e => new { Key = e.Rating.UnitCode, e.Rating.Grade, e.Status }),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, "Ratings are grouped by matter or by unit."),
        };

        const string completed = nameof(RectificationStatus.Completed);
        const string invalid = nameof(RectificationStatus.Invalid);
        var rows = await keyed
            .GroupBy(e => e.Key)
            .Select(g => new
            {
                g.Key,
                Total = g.Count(),
                VerySatisfied = g.Count(e => e.Grade == (int)RatingGrade.VerySatisfied),
                Satisfied = g.Count(e => e.Grade == (int)RatingGrade.Satisfied),
                BasicallySatisfied = g.Count(e => e.Grade == (int)RatingGrade.BasicallySatisfied),
                Dissatisfied = g.Count(e => e.Grade == (int)RatingGrade.Dissatisfied),
                VeryDissatisfied = g.Count(e => e.Grade == (int)RatingGrade.VeryDissatisfied),
                AverageStars = g.Average(e => (double)(6 - e.Grade)),
                Rectified = g.Count(e => e.Status == completed),
                Invalid = g.Count(e => e.Status == invalid),
            })
            .OrderBy(g => g.Key)
            .ToListAsync(cancellationToken);

        return [.. rows.Select(g => new RatingAggregate(g.Key, g.Total, g.VerySatisfied, g.Satisfied, g.BasicallySatisfied, g.Dissatisfied,
            g.VeryDissatisfied, g.AverageStars, g.Rectified, g.Invalid))];
    }

    private (RectificationRecord Record, DueDate Due) Open(RatingRecord rating, DateTimeOffset now)
    {
        var due = calendar.AddWorkingDays(now, options.RectificationWorkingDays);
        var record = new RectificationRecord
        {
            CaseId = rating.CaseId, UnitCode = rating.UnitCode, Status = nameof(RectificationStatus.PendingReview),
            OpenedAt = StoredTime.ToStored(now), DueAt = StoredTime.ToStored(due.At), Revision = 1,
        };
        return (record, due);
    }

    private string OpenedNote(RatingGrade grade, DueDate due)
    {
        var note = $"{grade.Chinese()}（{grade.Stars()} 星），整改期限 {options.RectificationWorkingDays} 个工作日，至 {due.At:yyyy-MM-dd}";
        return due.Provisional ? note + "（跨入未载入节假日安排的年份，仅按周末计算，待确认）" : note;
    }

    private static async Task<DateTimeOffset?> FirstRatedAtAsync(HallDbContext db, string caseId, CancellationToken cancellationToken)
    {
        var ratedAt = await db.Ratings.AsNoTracking().Where(r => r.CaseId == caseId).Select(r => (DateTime?)r.RatedAt).SingleOrDefaultAsync(cancellationToken);
        return ratedAt is { } at ? StoredTime.FromStored(at) : null;
    }
}
