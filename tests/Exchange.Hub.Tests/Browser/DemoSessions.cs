using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.LocalFederation.Walkthrough;
using Microsoft.Playwright;

namespace Exchange.Hub.Tests.Browser;

/// <summary>
/// Signed-in browser contexts for the demo accounts. Each account signs in through the hub's real sign-in form once;
/// its cookies (Playwright's storage state) are kept and every later context of that account starts from them, since
/// repeating the sign-in proves nothing new and costs CI time.
/// </summary>
public sealed class DemoSessions(Chromium chromium)
{
    private readonly ConcurrentDictionary<(Uri Hub, string Username), Lazy<Task<string>>> _states = new();

    /// <summary>The demo password of <paramref name="username"/> at <paramref name="hub"/>, as seed/&lt;CC&gt;/accounts.json gives it.</summary>
    public static string PasswordOf(HubProcess hub, string username) => PasswordOf(hub.Settings.Country, username);

    public static string PasswordOf(string country, string username) =>
        DemoAccounts.Read(RepositoryRoot.Combine("seed"), country).Single(a => a.Username == username).Password;

    /// <summary>A new context signed in as <paramref name="username"/> at <paramref name="hub"/>.</summary>
    public Task<IBrowserContext> ContextAsync(HubProcess hub, string username) => ContextAsync(hub.HttpAddress, hub.Settings.Country, username);

    /// <summary>A new context signed in as <paramref name="username"/> at the hub of <paramref name="country"/> served at
    /// <paramref name="hub"/> (e.g. one the local federation started).</summary>
    public async Task<IBrowserContext> ContextAsync(Uri hub, string country, string username)
    {
        var state = await _states.GetOrAdd((hub, username), _ => new Lazy<Task<string>>(() => SignInAsync(hub, country, username))).Value;
        return await chromium.NewContextAsync(state);
    }

    /// <summary>Opens the console, is sent to the sign-in form, fills it in as a person would and comes back signed in.</summary>
    public static async Task SignInThroughFormAsync(IPage page, Uri hub, string username, string password)
    {
        await page.GotoAsync(new Uri(hub, "console").ToString());
        await page.GetByLabel(new Regex("user ?name", RegexOptions.IgnoreCase)).FillAsync(username);
        await page.GetByLabel(new Regex("password", RegexOptions.IgnoreCase)).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("sign in", RegexOptions.IgnoreCase) }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private async Task<string> SignInAsync(Uri hub, string country, string username)
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInThroughFormAsync(page, hub, username, PasswordOf(country, username));
        // Back at the hub with the web session's cookie, not only the provider's: that is the state worth keeping. Any
        // role counts (officers, learners, universities), so the check is the layout's sign-out, not one role's pages.
        var home = await page.GotoAsync(hub.ToString());
        if (home?.Status != 200 || await page.Locator("form[action='/account/signout']").CountAsync() == 0)
        {
            throw new InvalidOperationException($"{username} is not signed in at {hub} after the sign-in form ({home?.Status} at {page.Url}):\n{await page.InnerTextAsync("body")}");
        }

        return await context.StorageStateAsync();
    }
}
