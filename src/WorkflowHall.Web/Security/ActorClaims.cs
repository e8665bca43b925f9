using System.Security.Claims;

namespace WorkflowHall.Web.Security;

public static class ActorClaims
{
    /// <summary>
    /// The authenticated caller's name: the only actor ever sent to the engine (never a name from a request
    /// body), which is how every trail event and audit record names who acted.
    /// </summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name
            : throw new InvalidOperationException("The endpoint needs an authenticated caller.");
}
