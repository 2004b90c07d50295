using System.Net;
using Exchange.Hub.Tests.Identity;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Sharing;

namespace Exchange.Hub.Tests.Web;

/// <summary>
/// The hub's front page on a real hub with its demo accounts: anyone checks a credential by pasting its share link
/// (opened on this hub whichever hub's address it carries), a pasted text that is no share link is answered next to
/// the field, a signed-in person is sent to the pages of their role, and no page sends a Referer.
/// </summary>
[Collection(UaWebPagesGroup.Name)]
public sealed class LandingPageSpecs(UaWebPagesHub fixture)
{
    private static readonly ShareLink Link = new("hub-kz", "KZ-CRED-0123456789abcdef0123", "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4");

    [Fact]
    public async Task Anyone_sees_the_check_form_with_a_labelled_field_and_a_sign_in_link()
    {
        using var browser = new WebSession(fixture.Hub);

        var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/", page.Address.AbsolutePath);
        Assert.Contains("<form method=\"get\" action=\"/check\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"link\">Share link</label>", page.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"link-hint\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"signin-link\" href=\"/?handler=signin\"", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://exchange.example.kz/v/hub-kz/KZ-CRED-0123456789abcdef0123/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4")]
    [InlineData("  http://127.0.0.1:5201/v/hub-kz/KZ-CRED-0123456789abcdef0123/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4/ ")]
    [InlineData("exchange://hub-kz/credentials/KZ-CRED-0123456789abcdef0123?code=Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4")]
    public async Task A_pasted_share_link_opens_its_page_on_this_hub_whatever_host_it_named(string pasted)
    {
        var handler = fixture.Hub.CreateHandler();
        handler.AllowAutoRedirect = false;
        using var http = new HttpClient(handler) { BaseAddress = fixture.Hub.HttpAddress };

        using var response = await http.GetAsync(new Uri("/check?link=" + Uri.EscapeDataString(pasted), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Link.Path, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("https://exchange.example.kz/account", "This is not a share link.")]
    [InlineData("Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4", "This is not a share link.")]
    [InlineData("", "Paste the share link you were given.")]
    public async Task Anything_else_is_answered_next_to_the_field_and_kept_in_it(string pasted, string error)
    {
        using var browser = new WebSession(fixture.Hub);

        var page = await browser.GetAsync("/check?link=" + Uri.EscapeDataString(pasted));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith(error, page.TextOf("link-error"), StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"link-hint link-error\" aria-invalid=\"true\"", page.Html, StringComparison.Ordinal);
        Assert.True(pasted.Length == 0 || page.Html.Contains($"value=\"{WebUtility.HtmlEncode(pasted)}\"", StringComparison.Ordinal), page.Html);
    }

    [Theory]
    [InlineData("ua-learner", "/my")]
    [InlineData("ua-admissions", "/university")]
    [InlineData("ua-officer", "/console")]
    public async Task Signing_in_from_the_front_page_leads_to_the_pages_of_the_persons_role(string username, string home)
    {
        using var browser = new WebSession(fixture.Hub);

        var arrived = await browser.SignInAsync("/?handler=signin", username, username + "-Demo2026");
        var front = await browser.GetAsync("/");

        Assert.Equal(home, arrived.Address.AbsolutePath);
        Assert.Contains($"id=\"home-link\" href=\"{home}\"", front.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"signin-link\"", front.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/check?link=nothing")]
    [InlineData("/account/login")]
    [InlineData("/v/hub-kz/KZ-CRED-0123456789abcdef0123/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4")]
    [InlineData("/no-such-page")]
    [InlineData("/health")]
    public async Task No_web_response_sends_a_referrer(string path)
    {
        using var http = new HttpClient(fixture.Hub.CreateHandler()) { BaseAddress = fixture.Hub.HttpAddress };

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
    }
}

/// <summary>One real Ukrainian hub with its demo accounts, logging every line at Trace level with its scopes as JSON,
/// shared by the front page's specs and those of the share-code redaction.</summary>
public sealed class FrontPageHub : IAsyncLifetime
{
    private HubProcess? _hub;

    public HubProcess Hub => _hub ?? throw new InvalidOperationException("The hub has not started.");

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(SignInHubFixture.Settings("hub-ua", "UA", new Dictionary<string, string>
    {
        ["Logging__LogLevel__Default"] = "Trace",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Trace",
        ["Logging__LogLevel__Orleans"] = "Trace",
        ["Logging__Console__FormatterName"] = "json",
        ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
    }));

    public async Task DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}
