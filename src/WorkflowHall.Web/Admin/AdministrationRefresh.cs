using WorkflowHall.Data.Calendar;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Web.Admin.Supervision;

namespace WorkflowHall.Web.Admin;

/// <summary>
/// Brings this node up to what administrators saved on any node: the calendar years and the supervision
/// settings at start (before requests are served) and then every <see cref="HallCalendar.RefreshInterval"/>.
/// The sweep's trigger is checked each round too: the scheduler writes its configured interval when it
/// schedules its jobs after start-up, and the saved interval is put back at the next round.
/// </summary>
internal sealed class AdministrationRefresh(HallCalendar calendar, SupervisionSettings settings, SweepSchedule schedule, TimeProvider clock,
    ILogger<AdministrationRefresh> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(HallCalendar.RefreshInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await RefreshAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await calendar.RefreshAsync(cancellationToken)) Log.CalendarReloaded(logger, string.Join(", ", calendar.Calendar.LoadedYears));
            if (await settings.RefreshAsync(cancellationToken)) Log.SupervisionSettingsReloaded(logger, settings.Current.ToString());
            await schedule.ApplyAsync(settings.Current.SweepInterval, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next round tries again; until then this node counts by what it had.
            Log.RefreshFailed(logger, e);
        }
    }
}
