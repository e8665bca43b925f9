namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>How a persona proves who they are: the login cookie a browser keeps, or the API key another system sends.</summary>
public enum Door
{
    Cookie,
    ApiKey,
}
