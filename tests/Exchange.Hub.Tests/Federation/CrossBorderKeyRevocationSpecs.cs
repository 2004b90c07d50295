using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Verdict = Exchange.Hub.Credentials.VerificationVerdict;
using VerificationCheck = Exchange.Hub.Credentials.VerificationCheck;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// Institution key revocation at the UA hub as the KZ hub sees it. Its own pair of hubs: a key revocation notice
/// drops every cached verification of UA's credentials at KZ, which would disturb the cache specs next door.
/// </summary>
public sealed class CrossBorderKeyRevocationSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    [Fact]
    public async Task A_credential_signed_with_a_key_UA_revoked_from_before_its_issue_fails_KEY_NOT_VALID_at_KZ()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "inst-revoked");
        var issuedAt = EnvelopeHeader.Parser.ParseFrom(ua.Issued.Envelope.HeaderBytes).IssuedAt;
        await UaCredential.Admin(hubs.Ua).RevokeSigningKeyAsync(new RevokeSigningKeyRequest
        {
            InstitutionId = ua.InstitutionId, KeyId = ua.KeyId, Reason = "compromised", RevokedAt = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = issuedAt.Seconds - 3600 },
        });
        using var kz = CrossBorderTrustSpecs.KzResolverFor(hubs);

        var resolved = await kz.Resolver.ResolveAsync(new CredentialByReference("hub-ua", ua.Reference.CredentialId, ua.Reference.ShareCode), "KZ-UNIVERSITY-7", CancellationToken.None);

        Assert.Equal("KEY_NOT_VALID", CrossBorderTrustSpecs.Failed(resolved, VerificationCheck.InstitutionKeyValid));
        Assert.Equal(Verdict.Invalid, resolved.Verification.Verdict);
    }

    [Fact]
    public async Task An_institution_key_revoked_at_UA_after_KZ_cached_a_verification_is_seen_by_KZs_next_request()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "key-revoked-later");
        var before = await CrossBorderTrustSpecs.SubmitOnKzAndSettleAsync(hubs, "key-revoked-later-0", ua.Reference);
        Assert.Equal(Exchange.Contracts.V1.VerificationVerdict.Valid, Assert.Single(before.VerificationReports).Verdict);
        var issuedAt = EnvelopeHeader.Parser.ParseFrom(ua.Issued.Envelope.HeaderBytes).IssuedAt;

        await UaCredential.Admin(hubs.Ua).RevokeSigningKeyAsync(new RevokeSigningKeyRequest
        {
            InstitutionId = ua.InstitutionId, KeyId = ua.KeyId, Reason = "compromised", RevokedAt = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = issuedAt.Seconds - 60 },
        });

        // The notice names the revoked key: KZ drops UA's cached verifications and its key list, so the next request
        // re-verifies against a freshly fetched list.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        for (var attempt = 1; ; attempt++)
        {
            var next = await CrossBorderTrustSpecs.SubmitOnKzAndSettleAsync(hubs, $"key-revoked-later-{attempt}", ua.Reference);
            var keyCheck = Assert.Single(next.VerificationReports).Checks.First(c => c.Kind == VerificationCheckKind.InstitutionKeyValid);
            if (keyCheck.Result == Exchange.Contracts.V1.CheckResult.Failed)
            {
                Assert.Equal("KEY_NOT_VALID", keyCheck.FailureReason);
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"KZ still accepted the revoked institution key after {attempt} requests. KZ output:\n{hubs.Kz.Output}");
            await Task.Delay(200);
        }
    }
}
