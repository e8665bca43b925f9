using Microsoft.Extensions.Options;
using WorkflowHall.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHallWeb();

var app = builder.Build();
app.UseHallWeb();
try
{
    app.Run();
}
catch (Exception e) when (e is StartupRefusedException or OptionsValidationException or AggregateException { InnerException: OptionsValidationException })
{
    Environment.ExitCode = 1; // the host has logged what the operator must do: the setting to mend, or what to do in one line
}

/// <summary>The entry point, visible to the in-memory test host.</summary>
public partial class Program;
