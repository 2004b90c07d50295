using Exchange.Hub.Hosting;
using Exchange.Hub.Identity;
using Exchange.Hub.Identity.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Exchange.Hub.Web.Pages.Account;

/// <summary>
/// The verification page of the device flow: a person signed in at the hub's provider enters the code their terminal
/// shows and approves it; the terminal's polling then gets tokens for that person. OpenIddict checks the code before
/// the page sees the request (the page is the provider's end-user verification endpoint).
/// </summary>
// Anonymous to the web pages' convention: what counts here is the provider's own session, checked in each handler.
[AllowAnonymous]
public sealed class DeviceModel(AccountStore accounts, IOpenIddictApplicationManager applications, IOptions<HubOptions> hub) : PageModel
{
    public const string CodeNotValid = "That code is not valid or has expired. Check it on your terminal.";

    public enum Steps
    {
        EnterCode,
        Confirm,
        Approved,
        Denied,
    }

    public Steps Step { get; private set; }

    public string? UserCode { get; private set; }

    public string? ClientName { get; private set; }

    public string? CodeError { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "user_code")] string? userCode, string? done)
    {
        if (await SignedInAsync() is null)
        {
            return Challenge(IdentitySchemes.ProviderCookie);
        }

        if (done is "approved" or "denied")
        {
            Step = done == "approved" ? Steps.Approved : Steps.Denied;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(userCode))
        {
            Step = Steps.EnterCode;
            return Page();
        }

        var request = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (request.Succeeded && request.Principal.GetClaim(Claims.ClientId) is { } clientId)
        {
            var application = await applications.FindByClientIdAsync(clientId, HttpContext.RequestAborted);
            ClientName = application is null ? clientId : await applications.GetLocalizedDisplayNameAsync(application, HttpContext.RequestAborted) ?? clientId;
            UserCode = userCode;
            Step = Steps.Confirm;
            return Page();
        }

        CodeError = CodeNotValid;
        Step = Steps.EnterCode;
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync()
    {
        var session = await SignedInAsync();
        if (session is null)
        {
            return Challenge(IdentitySchemes.ProviderCookie);
        }

        var request = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = session.FindFirst(Claims.Subject)?.Value;
        var account = subject is null ? null : await accounts.FindAsync(subject, HttpContext.RequestAborted);
        if (!request.Succeeded || account is null)
        {
            CodeError = CodeNotValid;
            Step = Steps.EnterCode;
            return Page();
        }

        var principal = Identity.Provider.HubPrincipals.ForAccount(account, request.Principal!.GetScopes(), hub.Value.HubId);
        return SignIn(principal, new AuthenticationProperties { RedirectUri = IdentitySchemes.VerifyPath + "?done=approved" },
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public string? PersonName { get; private set; }

    private async Task<System.Security.Claims.ClaimsPrincipal?> SignedInAsync()
    {
        var session = await HttpContext.AuthenticateAsync(IdentitySchemes.ProviderCookie);
        PersonName = session.Principal?.FindFirst(Claims.Name)?.Value;
        return session.Succeeded ? session.Principal : null;
    }

    public IActionResult OnPostDeny() => Forbid(new AuthenticationProperties { RedirectUri = IdentitySchemes.VerifyPath + "?done=denied" },
        OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
