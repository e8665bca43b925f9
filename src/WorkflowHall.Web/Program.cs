using Microsoft.Extensions.Options;
using WorkflowHall.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHallWeb();

var app = builder.Build();
try
{
    // The settings first, as the host would check them: building the pipeline already reads some (the key store reads the database's).
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    app.UseHallWeb();
    app.Run();
}
catch (Exception e) when (SettingsRefusal.Of(e) is { } refusal)
{
    app.Logger.LogCritical("{Refusal}", refusal); // the settings to mend, by key, one line each
    await app.DisposeAsync(); // the console log writes in the background: flushed before the process ends
    Environment.ExitCode = 1;
}
catch (StartupRefusedException)
{
    Environment.ExitCode = 1; // the host has logged what the operator must do, in one line
}

/// <summary>The entry point, visible to the in-memory test host.</summary>
public partial class Program;
