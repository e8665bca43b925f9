using Xunit.Abstractions;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// Every door of the hall — each operation of the OpenAPI document and each route of the app, pages and their
/// forms included — tried by every relation to a case, on each database: no leak. The endpoints are read at run
/// time, so a new one is in the matrix the day it is mapped; one whose parameters the generator cannot fill fails here by name.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output)
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task No_persona_gets_past_the_rules_at_any_door(string provider)
    {
        await using var hall = await MatrixHall.StartAsync(provider);

        var report = await new AuthorizationMatrix(hall, output.WriteLine).RunAsync();

        foreach (var line in report.Summary()) output.WriteLine(line);
        Assert.True(report.Unfillable.Count == 0, "endpoints the matrix cannot fill:\n" + string.Join("\n", report.Unfillable));
        Assert.True(report.Cells > 1000, $"only {report.Cells} cells: the generator lost endpoints");
        Assert.True(report.Leaks.Count == 0,
            $"{report.Leaks.Count} leaks on {provider} (each with what leaked in the output above):\n" + string.Join("\n", report.Summary().Concat(report.Distinct())));
    }
}
