using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Exchange.Hub.Identity;
using Exchange.Hub.Identity.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Exchange.Hub.Web.Pages.Account;

/// <summary>
/// The login page of the hub's own provider. One message for an unknown username and a wrong password (no account
/// enumeration), shown at the password field; repeated failures are throttled (<see cref="SignInThrottle"/>).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel : PageModel
{
    /// <summary>The English key texts of the page's messages (translated in the view).</summary>
    public const string UsernameRequired = "Enter your username.";
    public const string PasswordRequired = "Enter your password.";
    public const string WrongCredentials = "The username or password is not correct.";
    public const string Throttled = "Too many failed attempts. Try again after {0} (UTC).";

    private readonly AccountStore _accounts;
    private readonly SignInThrottle _throttle;

    public LoginModel(AccountStore accounts, SignInThrottle throttle)
    {
        _accounts = accounts;
        _throttle = throttle;
    }

    [BindProperty]
    [Required(ErrorMessage = UsernameRequired)]
    [MaxLength(100, ErrorMessage = WrongCredentials)]
    public string? Username { get; set; }

    [BindProperty]
    [Required(ErrorMessage = PasswordRequired)]
    [MaxLength(200, ErrorMessage = WrongCredentials)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? FormError { get; private set; }

    public string? RetryAfter { get; private set; }

    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var username = Username!.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_throttle.BlockedUntil(username, address) is { } until)
        {
            RetryAfter = until.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(nameof(Password), Throttled);
            return Page();
        }

        var account = await _accounts.FindAsync(username, HttpContext.RequestAborted);
        if (!AccountPasswords.Verify(account, Password!))
        {
            _throttle.Failed(username, address);
            ModelState.AddModelError(nameof(Password), WrongCredentials);
            return Page();
        }

        _throttle.Succeeded(username, address);
        var identity = new ClaimsIdentity(IdentitySchemes.ProviderCookie, "name", "role");
        identity.AddClaim(new Claim("sub", account!.Subject));
        identity.AddClaim(new Claim("name", account.DisplayName));
        await HttpContext.SignInAsync(IdentitySchemes.ProviderCookie, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/account");
    }
}
