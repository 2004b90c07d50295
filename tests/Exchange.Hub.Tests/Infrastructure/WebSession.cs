using System.Net;
using System.Text.RegularExpressions;

namespace Exchange.Hub.Tests.Infrastructure;

/// <summary>
/// A browser without JavaScript against a hub's web pages: a cookie jar, redirects followed, forms read from the
/// HTML and posted back with their hidden fields (anti-forgery token included), and the provider's form_post page
/// submitted as a browser's script would. Trusts only the hub's pinned TLS key.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient _client;

    /// <param name="cookies">Another session's cookie jar, to carry its sign-in to another silo of the same hub.</param>
    /// <param name="alsoTrusted">Other hubs the browser is sent to (a provider hub), trusted by their pins too.</param>
    public WebSession(HubProcess hub, CookieContainer? cookies = null, HubProcess? alsoTrusted = null)
    {
        ArgumentNullException.ThrowIfNull(hub);
        Cookies = cookies ?? new CookieContainer();
        var handler = hub.CreateHandler();
        if (alsoTrusted is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback =
                new Exchange.Hub.Federation.Client.PinnedServerCertificate([.. hub.TlsKeyPins, .. alsoTrusted.TlsKeyPins]).Validate;
        }

        handler.CookieContainer = Cookies;
        handler.UseCookies = true;
        handler.AllowAutoRedirect = true;
        _client = new HttpClient(handler) { BaseAddress = hub.HttpAddress };
    }

    public CookieContainer Cookies { get; }

    public Task<WebPage> GetAsync(string pathOrUrl) => SendAsync(new HttpRequestMessage(HttpMethod.Get, pathOrUrl));

    /// <summary>Posts the page's form number <paramref name="index"/> (by default the first form of the page's main
    /// content, not the layout's language switch or sign-out) with its own fields, <paramref name="fields"/> over them.</summary>
    public Task<WebPage> SubmitAsync(WebPage page, IReadOnlyDictionary<string, string> fields, int? index = null, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Forms()[index ?? page.MainFormIndex()];
        var values = new Dictionary<string, string>(form.Fields, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = new Uri(page.Address, form.Action ?? page.Address.PathAndQuery);
        if (handler is not null)
        {
            action = new Uri(action, action.AbsolutePath + "?handler=" + handler);
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(values) });
    }

    /// <summary>Posts raw fields to a path, as a forged cross-site form would.</summary>
    public Task<WebPage> PostAsync(string path, IReadOnlyDictionary<string, string> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>Signs in at the hub's login page from a page that needs sign-in, following the provider's redirects
    /// back to where the person was going.</summary>
    public async Task<WebPage> SignInAsync(string path, string username, string password)
    {
        var login = await GetAsync(path);
        if (!login.Address.AbsolutePath.Equals("/account/login", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Expected the login page, got {login.Address} ({login.Status}):\n{login.Html}");
        }

        return await FollowFormPostAsync(await SubmitAsync(login, new Dictionary<string, string> { ["Username"] = username, ["Password"] = password }));
    }

    /// <summary>The provider answers an authorization with a self-posting form (response_mode=form_post); a browser's
    /// script submits it.</summary>
    public async Task<WebPage> FollowFormPostAsync(WebPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        while (page.Html.Contains(".submit()", StringComparison.Ordinal))
        {
            var forms = page.Forms();
            if (forms.Count == 0)
            {
                break;
            }

            page = await SubmitAsync(page, new Dictionary<string, string>());
        }

        return page;
    }

    public string? Cookie(string name) =>
        Cookies.GetAllCookies().Cast<Cookie>().FirstOrDefault(c => c.Name == name && !c.Expired)?.Value;

    public void Dispose() => _client.Dispose();

    private async Task<WebPage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _client.SendAsync(request))
        {
            return new WebPage(response.StatusCode, response.RequestMessage!.RequestUri!, await response.Content.ReadAsStringAsync());
        }
    }
}

/// <summary>One page as the session received it.</summary>
public sealed partial record WebPage(HttpStatusCode Status, Uri Address, string Html)
{
    public IReadOnlyList<WebForm> Forms() =>
        [.. FormPattern().Matches(Html).Select(m => new WebForm(
            Attribute(m.Groups["open"].Value, "action") is { } action ? WebUtility.HtmlDecode(action) : null,
            Attribute(m.Groups["open"].Value, "method") ?? "get",
            InputPattern().Matches(m.Groups["body"].Value)
                .Select(i => (Name: Attribute(i.Value, "name"), Value: Attribute(i.Value, "value")))
                .Where(i => i.Name is not null && i.Value is not null)
                .GroupBy(i => i.Name!)
                .ToDictionary(g => WebUtility.HtmlDecode(g.Key), g => WebUtility.HtmlDecode(g.First().Value!), StringComparer.Ordinal)))];

    /// <summary>The index of the first form inside the page's <c>&lt;main&gt;</c>, or 0 on a page without one.</summary>
    public int MainFormIndex()
    {
        var main = Html.IndexOf("<main", StringComparison.OrdinalIgnoreCase);
        if (main < 0)
        {
            return 0;
        }

        var before = FormPattern().Matches(Html).Count(m => m.Index < main);
        return before < Forms().Count ? before : 0;
    }

    /// <summary>The text of the element with this id, tags stripped.</summary>
    public string? TextOf(string id)
    {
        var match = Regex.Match(Html, $"<(?<tag>[a-z0-9]+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(?<text>.*?)</\\k<tag>>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(Regex.Replace(match.Groups["text"].Value, "<[^>]+>", "")).Trim() : null;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\b{name}=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["value"].Value : null;
    }

    [GeneratedRegex("(?<open><form\\b[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();
}

/// <summary>A form of a page: where it posts and the fields it carries (hidden ones included).</summary>
public sealed record WebForm(string? Action, string Method, IReadOnlyDictionary<string, string> Fields);
