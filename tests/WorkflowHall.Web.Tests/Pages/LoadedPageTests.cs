using System.Reflection;
using Microsoft.AspNetCore.Components;
using WorkflowHall.Web.Components.Shared;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>How pages load: one way, so that no page can decide "missing" or "forbidden" before its data is there (see <see cref="OwnPagesTests"/>).</summary>
public sealed class LoadedPageTests
{
    [Fact]
    public void Every_page_that_loads_asynchronously_loads_before_it_renders()
    {
        var pages = typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any() && typeof(ComponentBase).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(pages);

        var early = pages.Where(p => !typeof(LoadedPage).IsAssignableFrom(p)
            && p.GetMethods(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Any(m => m.Name is "OnInitializedAsync" or "OnParametersSetAsync"))
            .Select(p => p.FullName);

        Assert.Empty(early);
        Assert.Contains(pages, p => typeof(LoadedPage).IsAssignableFrom(p));
    }
}
