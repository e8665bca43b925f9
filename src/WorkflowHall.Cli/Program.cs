using System.Text;
using WorkflowHall.Cli;

Console.OutputEncoding = Encoding.UTF8;
var application = new CliApplication(new CliContext(Console.Out, Console.Error, Environment.CurrentDirectory));
return await application.RunAsync(args);
