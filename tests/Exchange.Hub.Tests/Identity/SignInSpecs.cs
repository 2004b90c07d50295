using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Identity;

/// <summary>
/// People and machines sign in to a real hub through its own OpenID provider: the web pages by authorization code
/// with PKCE through the login form, machine clients by client credentials, terminals by the device flow; the
/// operator's tokens still work beside them.
/// </summary>
public sealed class SignInSpecs(SignInHubFixture fixture) : IClassFixture<SignInHubFixture>
{
    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task An_officer_signs_in_through_the_login_form_and_gets_the_web_cookie_with_their_claims()
    {
        using var browser = new WebSession(Hub);

        var account = await browser.SignInAsync("/account", "ua-commission-1", "ua-commission-1-Demo2026");

        Assert.Equal(HttpStatusCode.OK, account.Status);
        Assert.True(account.Address.AbsolutePath == "/account", account.Html);
        Assert.Equal("Олег Мельник", account.TextOf("account-name"));
        Assert.Equal("ua-commission-1", account.TextOf("account-subject"));
        Assert.Equal("officer", account.TextOf("account-role"));
        Assert.NotNull(account.TextOf("account-commission"));
        Assert.NotNull(browser.Cookie("exchange.web.hub-signin"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_at_the_password_field_with_the_same_message_as_an_unknown_name()
    {
        using var browser = new WebSession(Hub);
        var login = await browser.GetAsync("/account");

        var wrong = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Username"] = "ua-officer", ["Password"] = "not-the-password" });
        var unknown = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Username"] = "ua-nobody", ["Password"] = "not-the-password" });
        var empty = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Username"] = "", ["Password"] = "" });

        Assert.Equal("/account/login", wrong.Address.AbsolutePath, ignoreCase: true);
        Assert.Equal("The username or password is not correct.", wrong.TextOf("password-error"));
        Assert.Equal(wrong.TextOf("password-error"), unknown.TextOf("password-error"));
        Assert.Equal("Enter your username.", empty.TextOf("username-error"));
        Assert.Equal("Enter your password.", empty.TextOf("password-error"));
        Assert.Null(browser.Cookie("exchange.web.hub-signin"));
        Assert.Null(browser.Cookie("exchange.provider.hub-signin"));

        var forged = await browser.PostAsync(login.Address.PathAndQuery, new Dictionary<string, string> { ["Username"] = "ua-officer", ["Password"] = "ua-officer-Demo2026" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Null(browser.Cookie("exchange.provider.hub-signin"));
    }

    [Fact]
    public async Task Signing_out_needs_the_forms_anti_forgery_token_and_then_ends_both_sessions()
    {
        using var browser = new WebSession(Hub);
        var account = await browser.SignInAsync("/account", "ua-officer", "ua-officer-Demo2026");

        var forged = await browser.PostAsync("/account/signout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.NotNull(browser.Cookie("exchange.web.hub-signin"));

        var signedOut = await browser.SubmitAsync(account, new Dictionary<string, string>());
        Assert.True(signedOut.Address.AbsolutePath.Equals("/account/signedout", StringComparison.OrdinalIgnoreCase), $"{signedOut.Status} {signedOut.Address}\n{signedOut.Html}");
        Assert.Null(browser.Cookie("exchange.web.hub-signin"));
        Assert.Null(browser.Cookie("exchange.provider.hub-signin"));
        var again = await browser.GetAsync("/account");
        Assert.Equal("/account/login", again.Address.AbsolutePath, ignoreCase: true);
    }

    [Fact]
    public async Task A_machine_client_gets_a_token_by_client_credentials_and_calls_rest_and_grpc_as_its_institution()
    {
        using var http = Hub.CreateHttpClient();
        var token = await TokenAsync(http, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "ua-admissions-api",
            ["client_secret"] = "ua-admissions-api-Demo2026",
        });

        var claims = Claims(token);
        Assert.Equal("institution", claims.GetProperty("role").GetString());
        Assert.Equal("UA-KNU", claims.GetProperty("institution").GetString());
        Assert.Equal("hub-signin", claims.GetProperty("aud").GetString());

        using var cases = new HttpRequestMessage(HttpMethod.Get, "/v1/recognition/cases") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(cases)).StatusCode);
        using var queue = new HttpRequestMessage(HttpMethod.Get, "/v1/review/queue") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        var refused = await http.SendAsync(queue);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(RefusingAuthorizationResultHandler.RoleNotAllowed, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var channel = Hub.CreateChannel(token);
        await new RecognitionService.RecognitionServiceClient(channel).ListRecognitionCasesAsync(new ListRecognitionCasesRequest());
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        using var http = Hub.CreateHttpClient();
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "ua-admissions-api",
            ["client_secret"] = "guessed",
        }));

        // RFC 6749 5.2: a client that fails to authenticate gets 401 invalid_client.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_at_a_terminal_signs_in_by_the_device_flow_and_calls_the_api_as_themselves()
    {
        using var http = Hub.CreateHttpClient();
        using var started = await http.PostAsync("/connect/device", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "exchange-cli",
            ["scope"] = "openid profile offline_access",
        }));
        var device = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
        var userCode = device.GetProperty("user_code").GetString()!;
        var poll = new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["client_id"] = "exchange-cli",
            ["device_code"] = device.GetProperty("device_code").GetString()!,
        };
        using (var pending = await http.PostAsync("/connect/token", new FormUrlEncodedContent(poll)))
        {
            Assert.Contains("authorization_pending", await pending.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var browser = new WebSession(Hub);
        var verification = new Uri(device.GetProperty("verification_uri").GetString()!).AbsolutePath + "?user_code=" + Uri.EscapeDataString(userCode);
        var login = await browser.GetAsync(verification);
        var confirm = await browser.SubmitAsync(login, new Dictionary<string, string> { ["Username"] = "ua-officer", ["Password"] = "ua-officer-Demo2026" });
        Assert.Contains(userCode, confirm.Html, StringComparison.Ordinal);
        var approved = await browser.SubmitAsync(confirm, new Dictionary<string, string>(), handler: "Approve");
        Assert.Contains("done=approved", approved.Address.Query, StringComparison.Ordinal);

        var tokens = await TokensAsync(http, poll);
        var token = tokens.GetProperty("access_token").GetString()!;
        Assert.Equal("ua-officer", Claims(token).GetProperty("sub").GetString());
        var refreshed = await TokenAsync(http, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "exchange-cli",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal("officer", Claims(refreshed).GetProperty("role").GetString());
        using var queue = new HttpRequestMessage(HttpMethod.Get, "/v1/review/queue") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(queue)).StatusCode);
    }

    [Fact]
    public async Task The_web_key_ring_and_the_providers_keys_are_stored_wrapped_in_the_database()
    {
        using var browser = new WebSession(Hub);
        await browser.SignInAsync("/account", "ua-officer-2", "ua-officer-2-Demo2026");

        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(Hub.Settings.DataFolder, "hub.db")};Mode=ReadOnly");
        await db.OpenAsync();
        var ring = await ColumnAsync(db, "SELECT xml FROM identity_data_protection_keys");
        var provider = await ColumnAsync(db, "SELECT wrapped_key FROM identity_provider_keys");

        Assert.NotEmpty(ring);
        Assert.All(ring, xml =>
        {
            Assert.Contains("wrappedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Equal(2, provider.Count);
        Assert.All(provider, wrapped => Assert.DoesNotContain("MII", wrapped, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_operators_token_is_still_accepted_beside_the_providers()
    {
        using var http = Hub.CreateHttpClient();
        var token = Hub.Token(new HubTokenRequest("operator-officer", HubRoles.Officer));
        using var queue = new HttpRequestMessage(HttpMethod.Get, "/v1/review/queue") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(queue)).StatusCode);
    }

    internal static async Task<string> TokenAsync(HttpClient http, IReadOnlyDictionary<string, string> request) =>
        (await TokensAsync(http, request)).GetProperty("access_token").GetString()!;

    private static async Task<JsonElement> TokensAsync(HttpClient http, IReadOnlyDictionary<string, string> request)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(request));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<List<string>> ColumnAsync(System.Data.Common.DbConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    internal static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement;
    }
}
