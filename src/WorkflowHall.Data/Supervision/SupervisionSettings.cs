using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// The supervision settings an administrator changes while the hall runs, saved in <c>hall_settings</c>
/// and written into the one <see cref="SupervisionOptions"/> the sweep reads on every run: at once on
/// the node that saved them, on the others at their next <see cref="RefreshAsync"/>. Without a saved
/// change the configuration file's values stand.
/// </summary>
public sealed class SupervisionSettings(IDbContextFactory<HallDbContext> contexts, SupervisionOptions options, TimeProvider clock)
{
    public const string Key = "supervision";
    public const int MaxWarningWorkingDays = 10;
    public static readonly TimeSpan MinSweepInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxSweepInterval = TimeSpan.FromHours(1);

    private readonly SupervisionSettingValues _configured = SupervisionSettingValues.Of(options);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _applied;

    public SupervisionSettingValues Configured => _configured;

    public SupervisionSettingValues Current => SupervisionSettingValues.Of(options);

    public async Task<SupervisionSettingsState> GetAsync(CancellationToken cancellationToken = default)
    {
        var record = await RefreshCoreAsync(cancellationToken);
        return new SupervisionSettingsState(Current, _configured, record?.Revision ?? 0, record?.SavedAt, record?.SavedBy);
    }

    /// <summary>Checks and saves the settings if nobody saved them since <paramref name="expectedRevision"/>, and applies them here.</summary>
    public async Task<HallResult<int>> SaveAsync(SupervisionSettingValues values, string actor, int expectedRevision, CancellationToken cancellationToken = default)
    {
        if (values.CaseWarningWorkingDays is < 0 or > MaxWarningWorkingDays)
        {
            return new HallError("supervision.warning-days", $"预警提前量应为 0–{MaxWarningWorkingDays} 个工作日", $"The warning must come 0–{MaxWarningWorkingDays} working days ahead")
                { Target = nameof(values.CaseWarningWorkingDays) };
        }
        if (values.SweepInterval < MinSweepInterval || values.SweepInterval > MaxSweepInterval)
        {
            return new HallError("supervision.sweep-interval", "巡检间隔应在 1 秒到 1 小时之间", "The sweep interval must be between 1 second and 1 hour")
                { Target = nameof(values.SweepInterval) };
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var post = values.SupervisingPost?.Trim() ?? "";
        if (!await db.Posts.AnyAsync(p => p.Code == post, cancellationToken))
        {
            return new HallError("supervision.post", $"岗位 \"{post}\" 不存在", $"There is no post \"{post}\"") { Target = nameof(values.SupervisingPost) };
        }
        values = values with { SupervisingPost = post };

        var record = await db.HallSettings.FindAsync([Key], cancellationToken);
        if ((record?.Revision ?? 0) != expectedRevision) return Stale();
        var now = clock.GetUtcNow().UtcDateTime;
        var json = JsonSerializer.Serialize(Stored.Of(values), JsonSerializerOptions.Web);
        if (record is null)
        {
            record = new HallSettingRecord { Key = Key, Json = json, Revision = 1, SavedAt = now, SavedBy = actor };
            db.HallSettings.Add(record);
        }
        else
        {
            record.Json = json;
            record.Revision++;
            record.SavedAt = now;
            record.SavedBy = actor;
        }
        db.AuditRecords.Add(new AuditRecord { At = now, Actor = actor, Action = "supervision.settings", Subject = Key, Detail = json });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || HallDatabase.IsUniqueViolation(e))
        {
            return Stale();
        }
        await RefreshCoreAsync(cancellationToken);
        return record.Revision;
    }

    /// <summary>Applies the saved settings when they changed since this node last looked; true when it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var before = _applied;
        var record = await RefreshCoreAsync(cancellationToken);
        return (record?.Revision ?? 0) != before;
    }

    private async Task<HallSettingRecord?> RefreshCoreAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.HallSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
            var revision = record?.Revision ?? 0;
            if (revision != _applied)
            {
                Apply(record is null ? _configured : JsonSerializer.Deserialize<Stored>(record.Json, JsonSerializerOptions.Web)!.Values(_configured));
                _applied = revision;
            }
            return record;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Apply(SupervisionSettingValues values)
    {
        options.CaseWarningWorkingDays = values.CaseWarningWorkingDays;
        options.SupervisingPost = values.SupervisingPost;
        options.SweepInterval = values.SweepInterval;
    }

    private static HallError Stale() =>
        new("supervision.conflict", "电子监察设置刚被他人修改，请查看最新设置后重试", "The supervision settings were just changed by someone else; look at them again and retry");

    /// <summary>The stored form: a field missing from an older row keeps the configured value.</summary>
    private sealed record Stored(int? CaseWarningWorkingDays, string? SupervisingPost, double? SweepIntervalSeconds)
    {
        public static Stored Of(SupervisionSettingValues values) => new(values.CaseWarningWorkingDays, values.SupervisingPost, values.SweepInterval.TotalSeconds);

        public SupervisionSettingValues Values(SupervisionSettingValues configured) => new(
            CaseWarningWorkingDays ?? configured.CaseWarningWorkingDays,
            SupervisingPost ?? configured.SupervisingPost,
            SweepIntervalSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : configured.SweepInterval);
    }
}
