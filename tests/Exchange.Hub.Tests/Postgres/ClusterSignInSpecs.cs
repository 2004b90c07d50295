using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Exchange.Hub.Tests.Identity;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Postgres;

/// <summary>Two silos of one hub in cluster mode, started at the same moment, share the provider's keys and the Data
/// Protection key ring through PostgreSQL: a token and a web sign-in from one are good at the other.</summary>
[Collection(PostgresTestGroup.Name)]
public sealed class ClusterSignInSpecs(PostgresServer server)
{
    [Fact]
    public async Task A_token_and_a_web_sign_in_from_one_silo_are_accepted_by_the_other()
    {
        var connectionString = await server.CreateDatabaseAsync("cluster_sign_in");
        var first = SignInHubFixture.Settings("hub-cluster-signin", "KZ") with { Mode = "Cluster", PostgresConnectionString = connectionString };
        // One public address for the hub (a load balancer's, here the first silo's), and one keys folder.
        var issuer = first.HttpEndpoint.AbsoluteUri;
        first = first with { Extra = new Dictionary<string, string>(first.Extra) { ["Hub__Identity__Provider__Issuer"] = issuer } };
        var second = SignInHubFixture.Settings("hub-cluster-signin", "KZ", new Dictionary<string, string> { ["Hub__Identity__Provider__Issuer"] = issuer })
            with { Mode = "Cluster", PostgresConnectionString = connectionString, KeysFolder = first.EffectiveKeysFolder };

        var starting = new[] { HubProcess.StartAsync(first), HubProcess.StartAsync(second) };
        await using var a = await starting[0];
        await using var b = await starting[1];

        using var httpA = a.CreateHttpClient();
        using var httpB = b.CreateHttpClient();
        Assert.Equal(await KeyIdsAsync(httpA), await KeyIdsAsync(httpB));

        var token = await SignInSpecs.TokenAsync(httpA, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "kz-admissions-api",
            ["client_secret"] = "kz-admissions-api-Demo2026",
        });
        using var cases = new HttpRequestMessage(HttpMethod.Get, "/v1/recognition/cases") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.OK, (await httpB.SendAsync(cases)).StatusCode);

        using var atA = new WebSession(a);
        await atA.SignInAsync("/account", "kz-officer", "kz-officer-Demo2026");
        using var atB = new WebSession(b, atA.Cookies);
        var account = await atB.GetAsync("/account");
        Assert.True(account.Address.Port == b.HttpAddress.Port && account.Address.AbsolutePath == "/account", account.Html);
        Assert.Equal("kz-officer", account.TextOf("account-subject"));
    }

    private static async Task<string> KeyIdsAsync(HttpClient http)
    {
        var configuration = JsonDocument.Parse(await http.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative))).RootElement;
        // The metadata names the hub's public address; each silo is asked for its own copy of the key set.
        var path = new Uri(configuration.GetProperty("jwks_uri").GetString()!).AbsolutePath;
        var jwks = JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative))).RootElement;
        return string.Join(',', jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).Order(StringComparer.Ordinal));
    }
}
