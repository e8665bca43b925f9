using WorkflowHall.Data;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api.Cases;

/// <summary>The HTTP status of a case service refusal: who may not (403), what is not there (404), a race (409), else 422.</summary>
internal static class CaseActionStatus
{
    public static int For(HallError error) => error.Code switch
    {
        "case.unknown" or "action.item" => StatusCodes.Status404NotFound,
        "action.post" or "action.target" or "withdraw.applicant" => StatusCodes.Status403Forbidden,
        "engine.Conflict" => StatusCodes.Status409Conflict,
        "engine.NotFound" => StatusCodes.Status404NotFound,
        var code when code.StartsWith("engine.", StringComparison.Ordinal) && Enum.TryParse<RejectionCode>(code["engine.".Length..], out var rejection) =>
            HallProblems.StatusFor(rejection),
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
