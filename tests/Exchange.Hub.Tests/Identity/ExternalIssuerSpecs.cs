using System.Net;
using System.Net.Http.Headers;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Identity;

/// <summary>Two real hubs: the trusting hub is configured with the provider hub's OpenID provider as its country's
/// provider, with a claim mapping that gives officers and institutions their roles and administrators none.</summary>
public sealed class FederatedSignInFixture : IAsyncLifetime
{
    public const string ClientSecret = "trusting-web-secret-2026";

    public HubProcess Provider { get; private set; } = null!;

    public HubProcess Trusting { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var trusting = HubProcessSettings.Fresh("hub-trusting", "UA");
        var provider = SignInHubFixture.Settings("hub-provider", "UA", new Dictionary<string, string>
        {
            ["Hub__Identity__Provider__RelyingParties__0__ClientId"] = "hub-trusting-web",
            ["Hub__Identity__Provider__RelyingParties__0__ClientSecret"] = ClientSecret,
            ["Hub__Identity__Provider__RelyingParties__0__RedirectUri"] = new Uri(trusting.HttpEndpoint, "signin-oidc").AbsoluteUri,
            ["Hub__Identity__Provider__RelyingParties__0__PostLogoutRedirectUri"] = new Uri(trusting.HttpEndpoint, "signout-callback-oidc").AbsoluteUri,
        });
        Provider = await HubProcess.StartAsync(provider);
        Trusting = await HubProcess.StartAsync(trusting with
        {
            Extra = new Dictionary<string, string>
            {
                ["Hub__Identity__External__Authority"] = provider.HttpEndpoint.AbsoluteUri,
                ["Hub__Identity__External__ClientId"] = "hub-trusting-web",
                ["Hub__Identity__External__ClientSecret"] = ClientSecret,
                ["Hub__Identity__External__Audience"] = "hub-provider",
                ["Hub__Identity__External__TlsKeyPin"] = provider.TlsKeyPin(),
                ["Hub__Identity__External__Claims__RoleValues__officer"] = "officer",
                ["Hub__Identity__External__Claims__RoleValues__institution"] = "institution",
            },
        });
    }

    public async Task DisposeAsync()
    {
        await Trusting.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public sealed class ExternalIssuerSpecs(FederatedSignInFixture hubs) : IClassFixture<FederatedSignInFixture>
{
    [Fact]
    public async Task The_trusting_hub_accepts_the_providers_tokens_with_the_mapped_role()
    {
        using var provider = hubs.Provider.CreateHttpClient();
        var token = await SignInSpecs.TokenAsync(provider, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "ua-admissions-api",
            ["client_secret"] = "ua-admissions-api-Demo2026",
        });

        using var trusting = hubs.Trusting.CreateHttpClient();
        using var cases = new HttpRequestMessage(HttpMethod.Get, "/v1/recognition/cases") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.OK, (await trusting.SendAsync(cases)).StatusCode);
        using var queue = new HttpRequestMessage(HttpMethod.Get, "/v1/review/queue") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.Forbidden, (await trusting.SendAsync(queue)).StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/v1/recognition/cases") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + "AAAA") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await trusting.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task A_person_signs_in_to_the_trusting_hubs_pages_at_the_provider_and_gets_only_a_mapped_role()
    {
        using var officer = new WebSession(hubs.Trusting, alsoTrusted: hubs.Provider);
        var page = await officer.SignInAsync("/account", "ua-officer", "ua-officer-Demo2026");
        Assert.True(page.Address.Port == hubs.Trusting.HttpAddress.Port && page.Address.AbsolutePath == "/account", page.Html);
        Assert.Equal("Андрій Шевченко", page.TextOf("account-name"));
        Assert.Equal("officer", page.TextOf("account-role"));

        using var admin = new WebSession(hubs.Trusting, alsoTrusted: hubs.Provider);
        var unmapped = await admin.SignInAsync("/account", "ua-admin", "ua-admin-Demo2026");
        Assert.Equal("No role on this hub", unmapped.TextOf("account-role"));
    }
}
