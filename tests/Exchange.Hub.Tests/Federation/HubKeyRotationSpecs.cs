using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// The UA hub rotates its attestation key with the <c>keys</c> command and restarts: the KZ hub, which pinned only the
/// old key, follows through the descriptor UA presents (signed by old and new key), and verifies both what UA attested
/// before the rotation and what it attests after. Its own pair of hubs: the rotation changes UA for good.
/// </summary>
public sealed class HubKeyRotationSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    [Fact]
    public async Task After_UA_rotates_its_attestation_key_KZ_follows_and_verifies_credentials_from_before_and_after()
    {
        var before = await UaCredential.IssueAndShareAsync(hubs.Ua, "rotation-before");
        var sequenceBefore = await UaSequenceAtKzAsync();
        Assert.Equal([hubs.UaKeys.AttestationKeyId], await PublishedKeyIdsAsync(hubs.Ua));

        await hubs.StopUaAsync();
        var keysFolder = hubs.UaSettings.KeysFolder ?? Path.Combine(hubs.UaSettings.DataFolder, "keys");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:HubId"] = "hub-ua", ["Hub:KeysFolder"] = keysFolder }).Build();
        Assert.Equal(0, KeysCommand.Run(["keys", "rotate", "--which", "attestation"], configuration, "/", TimeProvider.System));
        string rotatedKeyId;
        using (var rotated = new HubKeyRing("hub-ua", keysFolder))
        {
            rotatedKeyId = rotated.AttestationKeyId;
        }

        Assert.NotEqual(hubs.UaKeys.AttestationKeyId, rotatedKeyId);
        await hubs.StartUaAsync();
        // Outside verifiers follow through the JWKS: the new key signs, the old one still verifies what it signed.
        Assert.Equal([hubs.UaKeys.AttestationKeyId, rotatedKeyId], await PublishedKeyIdsAsync(hubs.Ua));

        // UA's Hello, refused under the new key KZ does not know, goes again under the old one and carries the rotation.
        await Eventually.True(async () => await UaSequenceAtKzAsync() > sequenceBefore, TimeSpan.FromSeconds(20),
            $"KZ did not adopt UA's rotated descriptor. UA output:\n{hubs.Ua.Output}");

        var after = await UaCredential.IssueAndShareAsync(hubs.Ua, "rotation-after");
        Assert.Equal(rotatedKeyId, EnvelopeHeader.Parser.ParseFrom(after.Issued.Envelope.HeaderBytes).HubKeyId);
        Assert.Equal(hubs.UaKeys.AttestationKeyId, EnvelopeHeader.Parser.ParseFrom(before.Issued.Envelope.HeaderBytes).HubKeyId);

        var earlier = await CrossBorderTrustSpecs.SubmitOnKzAndSettleAsync(hubs, "rotation-before", before.Reference);
        Assert.Equal(VerificationVerdict.Valid, Assert.Single(earlier.VerificationReports).Verdict);
        var later = await CrossBorderTrustSpecs.SubmitOnKzAndSettleAsync(hubs, "rotation-after", after.Reference);
        Assert.Equal(VerificationVerdict.Valid, Assert.Single(later.VerificationReports).Verdict);
    }

    private static async Task<List<string>> PublishedKeyIdsAsync(HubProcess hub)
    {
        using var http = hub.CreateHttpClient();
        var jwks = JsonNode.Parse(await http.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative)))!;
        return [.. jwks["keys"]!.AsArray().Select(k => k!["kid"]!.GetValue<string>())];
    }

    private async Task<long> UaSequenceAtKzAsync()
    {
        var status = await new FederationStatusService.FederationStatusServiceClient(hubs.Kz.CreateChannel(hubs.Kz.Token(new HubTokenRequest("admin-1", HubRoles.Admin))))
            .GetFederationStatusAsync(new GetFederationStatusRequest());
        return status.Peers.Single(p => p.HubId == "hub-ua").DescriptorSequence;
    }
}
