using WorkflowHall.Engine.Execution;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Tests.Api;

public sealed class ProblemMappingTests
{
    [Theory]
    [InlineData(RejectionCode.WorkItemAlreadyClosed)]
    [InlineData(RejectionCode.StaleRevision)]
    [InlineData(RejectionCode.NotAssignee)]
    [InlineData(RejectionCode.DelegationPending)]
    [InlineData(RejectionCode.ClockAlreadyPaused)]
    [InlineData(RejectionCode.AlreadyStarted)]
    [InlineData(RejectionCode.InstanceNotRunning)]
    public void A_case_that_moved_on_is_a_conflict(RejectionCode code) => Assert.Equal(409, HallProblems.StatusFor(code));

    [Theory]
    [InlineData(RejectionCode.ActionNotAllowed)]
    [InlineData(RejectionCode.InvalidReturnTarget)]
    [InlineData(RejectionCode.ExecutionError)]
    [InlineData(RejectionCode.MigrationInvalid)]
    [InlineData(RejectionCode.InvalidSigner)]
    [InlineData(RejectionCode.InvalidCommand)]
    public void A_request_the_case_cannot_take_is_unprocessable(RejectionCode code) => Assert.Equal(422, HallProblems.StatusFor(code));

    [Fact]
    public void Every_rejection_maps_to_a_client_error_with_a_chinese_title()
    {
        foreach (var code in Enum.GetValues<RejectionCode>())
        {
            var result = HallProblems.Rejection(new CommandRejection(code, "中文", "English") { ElementId = "step" });

            Assert.InRange(result.StatusCode, 400, 499);
            Assert.Equal(code.ToString(), result.ProblemDetails.Extensions["code"]);
            Assert.Equal("step", result.ProblemDetails.Extensions["elementId"]);
            Assert.Equal("中文 / English", result.ProblemDetails.Detail);
            Assert.NotEqual("请求出错", result.ProblemDetails.Title);
            Assert.Contains(result.ProblemDetails.Title!, c => c >= '\u4e00' && c <= '\u9fff');
        }
    }
}
