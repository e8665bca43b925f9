using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkflowHall.Data;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Web.Hosting;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Hosting;

/// <summary>
/// The operator's settings: each section is bound to its options and checked when the hall starts; a value that does not read or
/// breaks a rule stops start-up with a message that names the key, in Chinese and English.
/// </summary>
public sealed class SettingsTests
{
    [Fact]
    public void A_database_provider_the_hall_does_not_know_stops_start_up_naming_the_key()
    {
        var message = StartUpRefusal(new() { ["Database:Provider"] = "Oracle" });

        Assert.Contains("Database:Provider: \"Oracle\" 不是可选的值（Sqlite、Postgres", message);
        Assert.Contains("\"Oracle\" is not one of Sqlite, Postgres", message);
    }

    [Fact]
    public void A_time_span_that_does_not_read_stops_start_up_naming_the_key()
    {
        var message = StartUpRefusal(new() { ["Supervision:SweepInterval"] = "5s" });

        Assert.Contains("Supervision:SweepInterval: \"5s\" 不是时间间隔", message);
        Assert.Contains("is not a time span", message);
    }

    [Theory]
    [InlineData("Scheduler:TimerInterval", "00:00:00", "须在 1 秒到 1 天之间", "must be between 1 second and 1 day")]
    [InlineData("Materials:MaxBytes", "0", "须为正整数", "must be a positive number of bytes")]
    [InlineData("Ratings:RectificationWorkingDays", "0", "须为 1 到 365 个工作日", "must be 1 to 365 working days")]
    [InlineData("Retention:Years", "0", "须为至少 1 年", "must be at least 1 year")]
    [InlineData("Accounts:LoginAttemptsPerMinute", "-1", "须为正整数", "must be a positive whole number")]
    [InlineData("Database:ConnectionString", "", "请填写数据库连接字符串", "a connection string is required")]
    [InlineData("ServiceCalls:MaxDelay", "00:00:01", "不得小于 FirstDelay", "must not be less than FirstDelay")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.local", "\"proxy.local\" 不是 IP 地址", "is not an IP address")]
    public void A_setting_that_breaks_its_rule_stops_start_up_naming_the_key(string key, string value, string zh, string en)
    {
        var message = StartUpRefusal(new() { [key] = value });

        var named = key.EndsWith(":0", StringComparison.Ordinal) ? key[..^2] : key;
        Assert.Contains($"{named}: ", message);
        Assert.Contains(zh, message);
        Assert.Contains(en, message);
    }

    [Fact]
    public async Task Each_section_reaches_the_services_that_use_it_and_relative_paths_start_at_the_content_root()
    {
        await using var hall = new HallApiFactory
        {
            Settings = new Dictionary<string, string> { ["Ratings:RectificationWorkingDays"] = "5", ["Materials:Root"] = "uploads/materials" },
        };
        _ = hall.Server;

        Assert.Equal(5, hall.Services.GetRequiredService<RatingOptions>().RectificationWorkingDays);
        Assert.Same(hall.Services.GetRequiredService<IOptions<RatingOptions>>().Value, hall.Services.GetRequiredService<RatingOptions>());
        var root = hall.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        Assert.Equal(Path.Combine(root, "uploads", "materials"), hall.Services.GetRequiredService<MaterialStoreOptions>().Root);
        Assert.Equal(hall.ConnectionString, hall.Services.GetRequiredService<HallDatabaseOptions>().ConnectionString);
    }

    [Fact]
    public async Task The_operator_starting_the_hall_with_a_bad_setting_gets_exit_code_1_and_the_key_to_mend()
    {
        var (exitCode, output) = await HallProcess.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Oracle" });

        Assert.Equal(1, exitCode);
        Assert.Contains("Database:Provider: \"Oracle\" 不是可选的值（Sqlite、Postgres", output);
        Assert.Contains("\"Oracle\" is not one of Sqlite, Postgres", output);
        Assert.DoesNotContain("Unhandled exception", output);
        Assert.DoesNotContain(output.Split('\n'), line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The hall's services as <c>Program</c> adds them, with the settings, checked as the host checks them before it starts anything
    /// (the host itself, in a process, is the test above): why it refuses.
    /// </summary>
    private static string StartUpRefusal(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddHallWeb();
        using var hall = builder.Build();

        var error = Record.Exception(() => hall.Services.GetRequiredService<IStartupValidator>().Validate());

        // Quartz's own options, made from the hall's, fail with them: the same refusal may come more than once.
        var refusals = error is AggregateException all ? all.InnerExceptions.ToList() : [error];
        Assert.True(refusals.All(r => r is OptionsValidationException), $"the settings were accepted, or failed otherwise: {error}");
        return string.Join("\n", refusals.Select(r => r!.Message));
    }
}
