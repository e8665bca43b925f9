using WorkflowHall.Data.Calendar;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Web.Admin.Calendar;
using WorkflowHall.Web.Admin.Matters;
using WorkflowHall.Web.Admin.Organisation;
using WorkflowHall.Web.Admin.Supervision;

namespace WorkflowHall.Web.Admin;

/// <summary>
/// The administrators' pages: matters and guides, the organisation, the holiday calendar and the
/// supervision settings; and the refresh that brings each node's calendar and settings up to what
/// another node saved.
/// </summary>
internal static class AdministrationConfiguration
{
    public static IServiceCollection AddHallAdministration(this IServiceCollection services)
    {
        services.AddSingleton<HallCalendar>();
        services.AddSingleton<SupervisionSettings>();
        services.AddSingleton<OrganisationChanges>();
        services.AddSingleton<SweepSchedule>();
        services.AddSingleton<MatterAdministration>();
        services.AddSingleton<OrganisationQuery>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffPosts>();
        services.AddSingleton<CalendarPageQuery>();
        // After the database startup and the scheduler (hosted services start in order): it reads the saved calendar and settings, and may reschedule the sweep.
        services.AddHostedService<AdministrationRefresh>();
        return services;
    }
}
