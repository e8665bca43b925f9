using WorkflowHall.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHallWeb();

var app = builder.Build();
app.UseHallWeb();
app.Run();

/// <summary>The entry point, visible to the in-memory test host.</summary>
public partial class Program;
