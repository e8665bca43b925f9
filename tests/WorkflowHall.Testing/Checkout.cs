namespace WorkflowHall.Testing;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries holding <c>WorkflowHall.sln</c>.</summary>
public static class Checkout
{
    /// <summary>The checkout's root folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the checkout, e.g. <c>Checkout.Combine("workflows", "standard-approval.bpmn")</c>.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorkflowHall.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException($"WorkflowHall.sln not found above {AppContext.BaseDirectory}.");
    }
}
