using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Hosting;

public sealed class UnhandledErrorTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_without_its_message_or_stack()
    {
        using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<RetentionSweep>(_ => throw new InvalidOperationException("secret internal detail"))));
        var client = failing.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", HallApiFactory.AdminKey);

        var response = await client.PostAsync("/api/admin/retention/run", null);

        var text = await response.Content.ReadAsStringAsync();
        var problem = await response.ExpectAsync(500);
        Assert.Equal("服务器内部错误", problem.Text("title"));
        Assert.Equal("ServerError", problem.Text("code"));
        Assert.DoesNotContain("secret internal detail", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
    }
}
