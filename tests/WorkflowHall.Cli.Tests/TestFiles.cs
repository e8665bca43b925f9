namespace WorkflowHall.Cli.Tests;

/// <summary>Where the shared workflows live.</summary>
internal static class TestFiles
{
    public static string StandardApproval => Checkout.Combine("workflows", "standard-approval.bpmn");
}
