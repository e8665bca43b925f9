using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WorkflowHall.Web.Security;

/// <summary>
/// Development authentication: the <c>X-Api-Key</c> header names a configured account, whose actor
/// becomes the principal's name and whose roles become role claims.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiKeyOptions> keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.Header, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (Find(values[0]!) is not { } account || string.IsNullOrWhiteSpace(account.Actor))
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, account.Actor), new(ClaimTypes.NameIdentifier, account.Actor) };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        claims.AddRange(account.Units.Select(unit => new Claim(ApiKeyDefaults.UnitClaim, unit)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.Header}\"";
        return base.HandleChallengeAsync(properties);
    }

    /// <summary>Compares against every key in constant time, so response times do not reveal how much of a key matched.</summary>
    private ApiKeyAccount? Find(string presented)
    {
        var given = Encoding.UTF8.GetBytes(presented);
        ApiKeyAccount? found = null;
        foreach (var (key, account) in keys.CurrentValue.ApiKeys)
        {
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key))) found = account;
        }
        return found;
    }
}
