using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Web.Sharing;

namespace Exchange.Hub.Tests.Web.Sharing;

/// <summary>A share code is the whole secret of a grant: a real hub logging everything (Trace, with scopes and
/// structured values, as JSON) writes the hub and credential id of a share link it is asked for, never the code.</summary>
public sealed class ShareCodeLogSpecs(FrontPageHub fixture) : IClassFixture<FrontPageHub>
{
    [Fact]
    public async Task Requests_for_share_links_log_their_hub_and_credential_but_never_their_code()
    {
        var opened = new ShareLink("hub-ua", "UA-CRED-" + Hex(), Code());
        var pasted = new ShareLink("hub-kz", "KZ-CRED-" + Hex(), Code());
        var legacy = new ShareLink("hub-lv", "LV-CRED-" + Hex(), Code());
        using var http = fixture.Hub.CreateHttpClient();

        (await http.GetAsync(new Uri(opened.Path, UriKind.Relative))).Dispose();
        (await http.GetAsync(new Uri("/check?link=" + Uri.EscapeDataString(pasted.On(new Uri("https://exchange.example.kz/")).AbsoluteUri), UriKind.Relative))).Dispose();
        (await http.GetAsync(new Uri($"/check?link=" + Uri.EscapeDataString($"exchange://hub-lv/credentials/{legacy.CredentialId}?code={legacy.ShareCode}"), UriKind.Relative))).Dispose();

        // The hosting layer's last line of each request names its path; wait until all three are written.
        await Eventually.True(() => Task.FromResult(
            new[] { opened, pasted, legacy }.All(l => Lines().Any(line => line.Contains("Request finished", StringComparison.Ordinal) && line.Contains(l.CredentialId, StringComparison.Ordinal)))),
            TimeSpan.FromSeconds(20), "the requests' last log lines were not written");
        var log = fixture.Hub.Output;

        foreach (var link in new[] { opened, pasted, legacy })
        {
            Assert.DoesNotContain(link.ShareCode, log, StringComparison.Ordinal);
            Assert.Contains(link.CredentialId, log, StringComparison.Ordinal);
        }

        Assert.Contains($"/v/hub-ua/{opened.CredentialId}/{ShareCodeText.Mask}", log, StringComparison.Ordinal);
        // Scopes and structured values were written, so the spec saw what a leak would have shown.
        Assert.Contains(Lines(), line => line.Contains("\"RequestPath\"", StringComparison.Ordinal) && line.Contains(opened.CredentialId, StringComparison.Ordinal));
        Assert.Contains(Lines(), line => line.Contains("\"QueryString\"", StringComparison.Ordinal) && line.Contains(pasted.CredentialId, StringComparison.Ordinal));
    }

    private string[] Lines() => fixture.Hub.Output.Split('\n');

    private static string Hex() => Guid.NewGuid().ToString("N")[..20];

    private static string Code() => System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
}
