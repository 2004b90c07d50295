using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Institutions;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Hosting;
using Exchange.Hub.Security;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Exchange.Hub.Trust;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using CheckResult = Exchange.Hub.Credentials.CheckResult;
using Verdict = Exchange.Hub.Credentials.VerificationVerdict;
using VerificationCheck = Exchange.Hub.Credentials.VerificationCheck;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// Trust across the border between a real UA hub and a real KZ hub: UA publishes its institutions' keys in a signed
/// list; KZ checks institution signatures against it, caches verifications, and drops them when UA revokes.
/// Verifications "as KZ" that need no KZ process run a KZ resolver in the test against the real UA hub.
/// </summary>
public sealed class CrossBorderTrustSpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    private const string KzUniversity = "KZ-UNIVERSITY-7";

    [Fact]
    public async Task GetInstitutionKeys_answers_a_list_signed_by_the_UA_hub_key_whose_sequence_grows_with_a_key_change()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "keys-list");
        using var clients = hubs.KzCallingUa();
        var pinnedUa = TwoHubsFixture.Pinned(hubs.UaSettings, hubs.UaKeys);

        var first = InstitutionKeyListAcceptance.Accept(pinnedUa, await KeyListAsync(clients), knownSequence: 0, DateTimeOffset.UtcNow);
        await UaCredential.Admin(hubs.Ua).AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = ua.InstitutionId, Key = new PublicKey { KeyId = ua.InstitutionId + "#2" }, GenerateCustodialKey = true });
        var second = InstitutionKeyListAcceptance.Accept(pinnedUa, await KeyListAsync(clients), knownSequence: first.Keys!.Sequence, DateTimeOffset.UtcNow);

        Assert.True(first.Keys.HasKey(ua.InstitutionId, ua.KeyId));
        Assert.Null(second.Refusal);
        Assert.True(second.Keys!.Sequence > first.Keys.Sequence);
        Assert.True(second.Keys.HasKey(ua.InstitutionId, ua.InstitutionId + "#2"));
        Assert.Equal(KeyListRefusal.SequenceRegressed, InstitutionKeyListAcceptance.Accept(pinnedUa, await KeyListAsync(clients), knownSequence: second.Keys.Sequence + 1, DateTimeOffset.UtcNow).Refusal);
    }

    [Fact]
    public async Task A_UA_credential_resolved_by_KZ_passes_the_institution_checks_against_UAs_signed_key_list()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "inst-ok");
        using var kz = KzResolver();

        var resolved = await kz.Resolver.ResolveAsync(new CredentialByReference("hub-ua", ua.Reference.CredentialId, ua.Reference.ShareCode), KzUniversity, CancellationToken.None);

        Assert.Equal(Verdict.Valid, resolved.Verification.Verdict);
        Assert.Equal(CheckResult.Passed, Outcome(resolved, VerificationCheck.InstitutionKeyValid).Result);
        Assert.Equal(ua.KeyId, Outcome(resolved, VerificationCheck.InstitutionSignature).KeyId);
        Assert.Equal(CheckResult.Passed, Outcome(resolved, VerificationCheck.InstitutionSignature).Result);
    }

    [Fact]
    public async Task An_envelope_whose_institution_signature_was_made_with_a_key_outside_UAs_list_fails_INSTITUTION_SIGNATURE_INVALID()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "inst-forged");
        var envelope = EnvelopeContract.FromContract(ua.Issued.Envelope);
        using var rogue = Es256.CreateKey();
        var forged = Attested(envelope.HeaderBytes, envelope.Payload, EnvelopeSigner.SignAsInstitution(rogue, envelope.HeaderBytes, envelope.Payload), ua);
        using var kz = KzResolver();

        var resolved = await kz.Resolver.ResolveAsync(new CredentialByEnvelope(forged), KzUniversity, CancellationToken.None);

        Assert.Equal(CheckResult.Passed, Outcome(resolved, VerificationCheck.HubAttestation).Result);
        Assert.Equal(CheckResult.Passed, Outcome(resolved, VerificationCheck.InstitutionKeyValid).Result);
        Assert.Equal("INSTITUTION_SIGNATURE_INVALID", Failed(resolved, VerificationCheck.InstitutionSignature));
        Assert.Equal(Verdict.Invalid, resolved.Verification.Verdict);
    }

    [Fact]
    public async Task A_credential_of_a_hub_KZ_has_not_pinned_fails_ISSUING_HUB_UNKNOWN_by_envelope_and_by_reference()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "inst-unpinned");
        var onlyLv = new PinnedPeer("hub-lv", "LV", new Uri("http://127.0.0.1:1"), []);
        using var kz = KzResolver(onlyLv);

        var byEnvelope = await kz.Resolver.ResolveAsync(new CredentialByEnvelope(EnvelopeContract.FromContract(ua.Issued.Envelope)), KzUniversity, CancellationToken.None);
        var byReference = await kz.Resolver.ResolveAsync(
            new CredentialByReference(ua.Reference.IssuingHubId, ua.Reference.CredentialId, ua.Reference.ShareCode), KzUniversity, CancellationToken.None);

        foreach (var resolved in new[] { byEnvelope, byReference })
        {
            Assert.Equal("ISSUING_HUB_UNKNOWN", Failed(resolved, VerificationCheck.HubKeyTrusted));
            Assert.Equal(Verdict.Invalid, resolved.Verification.Verdict);
        }
    }

    [Fact]
    public async Task An_envelope_naming_an_institution_key_UA_does_not_publish_fails_UNKNOWN_KEY()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "inst-unknown");
        var envelope = EnvelopeContract.FromContract(ua.Issued.Envelope);
        var header = EnvelopeHeader.Parser.ParseFrom(envelope.HeaderBytes);
        header.InstitutionKeyId = ua.InstitutionId + "#never-registered";
        var headerBytes = header.ToByteArray();
        using var rogue = Es256.CreateKey();
        var forged = Attested(headerBytes, envelope.Payload, EnvelopeSigner.SignAsInstitution(rogue, headerBytes, envelope.Payload), ua, header.InstitutionKeyId);
        using var kz = KzResolver();

        var resolved = await kz.Resolver.ResolveAsync(new CredentialByEnvelope(forged), KzUniversity, CancellationToken.None);

        Assert.Equal(CheckResult.Passed, Outcome(resolved, VerificationCheck.HubAttestation).Result);
        Assert.Equal("UNKNOWN_KEY", Failed(resolved, VerificationCheck.InstitutionKeyValid));
        Assert.Equal("UNKNOWN_KEY", Failed(resolved, VerificationCheck.InstitutionSignature));
    }

    [Fact]
    public async Task A_payload_changed_after_attestation_fails_the_header_the_attestation_and_the_institution_signature()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "tampered");
        var envelope = EnvelopeContract.FromContract(ua.Issued.Envelope);
        var credential = Credential.Parser.ParseFrom(envelope.Payload);
        credential.Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Doctorate in everything" } } };
        var tampered = envelope with { Payload = credential.ToByteArray() };
        using var kz = KzResolver();

        var resolved = await kz.Resolver.ResolveAsync(new CredentialByEnvelope(tampered), KzUniversity, CancellationToken.None);

        Assert.Equal("HEADER_MISMATCH", Failed(resolved, VerificationCheck.HeaderConsistency));
        Assert.Equal("HUB_ATTESTATION_INVALID", Failed(resolved, VerificationCheck.HubAttestation));
        Assert.Equal("INSTITUTION_SIGNATURE_INVALID", Failed(resolved, VerificationCheck.InstitutionSignature));
    }

    [Fact]
    public async Task When_UAs_key_list_cannot_be_fetched_the_institution_checks_are_unavailable_and_nothing_throws()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "inst-away");
        var unreachableUa = TwoHubsFixture.Pinned(hubs.UaSettings, hubs.UaKeys) with { GrpcEndpoint = new Uri($"https://127.0.0.1:{FreePorts.Take(1)[0]}") };
        using var kz = KzResolver(unreachableUa);

        var resolved = await kz.Resolver.ResolveAsync(new CredentialByEnvelope(EnvelopeContract.FromContract(ua.Issued.Envelope)), KzUniversity, CancellationToken.None);

        Assert.Equal(CheckResult.Passed, Outcome(resolved, VerificationCheck.HubAttestation).Result);
        Assert.Equal(CheckResult.Unavailable, Outcome(resolved, VerificationCheck.InstitutionKeyValid).Result);
        Assert.Equal(CheckResult.Unavailable, Outcome(resolved, VerificationCheck.InstitutionSignature).Result);
        Assert.Equal(CheckResult.Unavailable, Outcome(resolved, VerificationCheck.Revocation).Result);
        Assert.Equal(Verdict.Indeterminate, resolved.Verification.Verdict);
    }

    [Fact]
    public async Task A_second_KZ_request_with_the_same_share_code_is_verified_from_the_cache_without_asking_UA_again()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "cached");

        var first = await SubmitOnKzAndSettleAsync("cached-1", ua.Reference);
        var second = await SubmitOnKzAndSettleAsync("cached-2", ua.Reference);

        Assert.Equal(Exchange.Contracts.V1.VerificationVerdict.Valid, Assert.Single(first.VerificationReports).Verdict);
        Assert.Equal(Exchange.Contracts.V1.VerificationVerdict.Valid, Assert.Single(second.VerificationReports).Verdict);
        var grants = await UaCredential.LearnerClient(hubs.Ua).ListShareGrantsAsync(new ListShareGrantsRequest { CredentialId = ua.Reference.CredentialId });
        Assert.Equal(1, Assert.Single(grants.Grants).UseCount);
    }

    [Fact]
    public async Task A_credential_revoked_at_UA_after_KZ_cached_its_verification_is_seen_revoked_by_KZs_next_request()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "revoked-later");
        var before = await SubmitOnKzAndSettleAsync("revoked-later-0", ua.Reference);
        Assert.Equal(Exchange.Contracts.V1.VerificationVerdict.Valid, Assert.Single(before.VerificationReports).Verdict);

        await UaCredential.Issuer(hubs.Ua, ua.InstitutionId).RevokeCredentialAsync(new RevokeCredentialRequest { CredentialId = ua.Reference.CredentialId, ReasonCode = "fraud" });

        // The notice travels through UA's outbox; well inside the documented bound (the verification freshness) KZ's
        // next request re-verifies at UA and sees the revocation.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        for (var attempt = 1; ; attempt++)
        {
            var next = await SubmitOnKzAndSettleAsync($"revoked-later-{attempt}", ua.Reference);
            var revocation = Assert.Single(next.VerificationReports).Checks.First(c => c.Kind == VerificationCheckKind.Revocation);
            if (revocation.Result == Exchange.Contracts.V1.CheckResult.Failed)
            {
                Assert.Equal("CREDENTIAL_REVOKED", revocation.FailureReason);
                Assert.Equal(CaseStatus.CredentialInvalid, next.Status);
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"KZ still verified the credential as not revoked after {attempt} requests. KZ output:\n{hubs.Kz.Output}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task VerifyCredential_at_UA_reports_every_check_of_its_own_envelope()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "verify-own");
        using var clients = hubs.KzCallingUa();

        var report = await clients.CallAsync("hub-ua", async (c, o) => await c.VerifyCredentialAsync(new PeerVerifyCredentialRequest { Envelope = ua.Issued.Envelope }, o), CancellationToken.None);

        Assert.Equal(Exchange.Contracts.V1.VerificationVerdict.Valid, report.Verdict);
        Assert.Equal("hub-ua", report.VerifyingHubId);
        Assert.Contains(report.Checks, c => c.Kind == VerificationCheckKind.InstitutionSignature && c.Result == Exchange.Contracts.V1.CheckResult.Passed);
        Assert.Contains(report.Checks, c => c.Kind == VerificationCheckKind.Revocation && c.Result == Exchange.Contracts.V1.CheckResult.Passed);
    }

    [Fact]
    public async Task VerifyCredential_refuses_a_malformed_envelope_an_unknown_credential_and_another_hubs_envelope()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "verify-refused");
        var header = EnvelopeHeader.Parser.ParseFrom(ua.Issued.Envelope.HeaderBytes);
        using var clients = hubs.KzCallingUa();

        var malformed = await RefusedAsync(clients, new Envelope());
        var unknown = await RefusedAsync(clients, WithHeader(ua.Issued.Envelope, header.Clone(), h => h.CredentialId = "UA-CRED-0000000000000000dead"));
        var foreign = await RefusedAsync(clients, WithHeader(ua.Issued.Envelope, header.Clone(), h => h.IssuingHubId = "hub-kz"));

        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
        Assert.Contains(malformed.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == "envelope.header_bytes");
        Assert.Equal((StatusCode.NotFound, "CREDENTIAL_NOT_FOUND"), (unknown.StatusCode, Reason(unknown)));
        Assert.Equal((StatusCode.FailedPrecondition, "HEADER_MISMATCH"), (foreign.StatusCode, Reason(foreign)));
    }

    [Fact]
    public async Task Registry_lookups_over_federation_answer_public_records_and_refuse_what_is_unknown_or_unlisted()
    {
        var ua = await UaCredential.IssueAndShareAsync(hubs.Ua, "lookups");
        var programmeId = "UA-TR-LOOKUPS-PROG";
        await UaCredential.Admin(hubs.Ua).CreateProgrammeAsync(new CreateProgrammeRequest { Programme = Samples.Programme(programmeId, ua.InstitutionId, "UA") });
        using var clients = hubs.KzCallingUa();

        var institution = await clients.CallAsync("hub-ua", async (c, o) => await c.LookupInstitutionAsync(new GetInstitutionRequest { InstitutionId = ua.InstitutionId }, o), CancellationToken.None);
        var search = await clients.CallAsync("hub-ua", async (c, o) => await c.SearchOpenRegistryAsync(
            new SearchOpenRegistryRequest { RegistryNumber = ua.Issued.Credential.RegistryNumber }, o), CancellationToken.None);
        var noInstitution = await Assert.ThrowsAsync<RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.LookupInstitutionAsync(
            new GetInstitutionRequest { InstitutionId = "UA-NOWHERE" }, o), CancellationToken.None));
        var unlisted = await Assert.ThrowsAsync<RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.LookupProgrammeAsync(
            new GetProgrammeRequest { ProgrammeId = programmeId }, o), CancellationToken.None));
        var noId = await Assert.ThrowsAsync<RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.LookupProgrammeAsync(
            new GetProgrammeRequest(), o), CancellationToken.None));

        Assert.Equal(ua.InstitutionId, institution.InstitutionId);
        Assert.Contains(institution.SigningKeys, k => k.KeyId == ua.KeyId);
        var entry = Assert.Single(search.Entries);
        Assert.Equal(ua.Issued.Credential.RegistryNumber, entry.RegistryNumber);
        Assert.Equal((StatusCode.NotFound, "INSTITUTION_NOT_FOUND"), (noInstitution.StatusCode, Reason(noInstitution)));
        Assert.Equal((StatusCode.NotFound, "PROGRAMME_NOT_FOUND"), (unlisted.StatusCode, Reason(unlisted)));
        Assert.Equal(StatusCode.InvalidArgument, noId.StatusCode);
    }

    private static async Task<SignedInstitutionKeyList> KeyListAsync(PeerClients clients) =>
        await clients.CallAsync("hub-ua", async (c, o) => await c.GetInstitutionKeysAsync(new GetInstitutionKeysRequest(), o), CancellationToken.None);

    private static Task<RpcException> RefusedAsync(PeerClients clients, Envelope envelope) =>
        Assert.ThrowsAsync<RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.VerifyCredentialAsync(new PeerVerifyCredentialRequest { Envelope = envelope }, o), CancellationToken.None));

    private static Envelope WithHeader(Envelope envelope, EnvelopeHeader header, Action<EnvelopeHeader> change)
    {
        change(header);
        var copy = envelope.Clone();
        copy.HeaderBytes = header.ToByteString();
        return copy;
    }

    private static string? Reason(RpcException refusal) => refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    internal static CheckOutcome Outcome(ResolvedCredential resolved, VerificationCheck check) => resolved.Verification.Checks.First(c => c.Check == check);

    internal static string? Failed(ResolvedCredential resolved, VerificationCheck check)
    {
        var outcome = Outcome(resolved, check);
        Assert.True(outcome.Result == CheckResult.Failed, $"{check} was {outcome.Result}: {outcome.Detail}");
        return outcome.FailureReason;
    }

    /// <summary>An envelope with the given institution signature, attested by the real UA hub key (as if UA had been fooled
    /// or its institution's key misused), so only the institution checks can catch it.</summary>
    private SignedEnvelope Attested(byte[] headerBytes, byte[] payload, byte[] institutionSignature, UaCredential ua, string? institutionKeyId = null)
    {
        var attestation = EnvelopeSigner.Attest(hubs.UaKeys.AttestationKey, headerBytes, payload, institutionSignature);
        var now = DateTimeOffset.UtcNow;
        return new SignedEnvelope(headerBytes, payload,
        [
            new EnvelopeSignatureData(SignerRole.Institution, ua.InstitutionId, institutionKeyId ?? ua.KeyId, institutionSignature, now),
            new EnvelopeSignatureData(SignerRole.HubAttestation, "hub-ua", hubs.UaKeys.AttestationKeyId, attestation, now),
        ]);
    }

    private KzResolverUnderTest KzResolver(PinnedPeer? ua = null) => new(ua ?? TwoHubsFixture.Pinned(hubs.UaSettings, hubs.UaKeys), hubs.KzKeys);

    internal static KzResolverUnderTest KzResolverFor(TwoHubsFixture hubs) => new(TwoHubsFixture.Pinned(hubs.UaSettings, hubs.UaKeys), hubs.KzKeys);

    private Task<RecognitionCase> SubmitOnKzAndSettleAsync(string key, SharedCredentialRef reference) => SubmitOnKzAndSettleAsync(hubs, key, reference);

    internal static async Task<RecognitionCase> SubmitOnKzAndSettleAsync(TwoHubsFixture hubs, string key, SharedCredentialRef reference)
    {
        var kz = hubs.Kz;
        var university = new RecognitionService.RecognitionServiceClient(kz.CreateChannel(kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, KzUniversity))));
        var submitted = await university.SubmitRecognitionRequestAsync(CrossBorderRequests.Course(key, KzUniversity, reference));
        return await CrossBorderRequests.WaitAsync(university, submitted.CaseId,
            s => s is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile, () => kz.Output);
    }

    /// <summary>The KZ hub's resolver, built in the test with KZ's keys, calling the real UA hub.</summary>
    internal sealed class KzResolverUnderTest : IDisposable
    {
        private readonly PeerClients _clients;

        public KzResolverUnderTest(PinnedPeer ua, HubKeyRing kzKeys)
        {
            var peers = new PeerDirectory([ua]);
            var time = TimeProvider.System;
            var options = Options.Create(new HubOptions { HubId = "hub-kz", Country = "KZ" });
            _clients = new PeerClients(peers, kzKeys,
                new PeerCallPipelines(Options.Create(new PeerResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10) }), time), time);
            var local = new LocalCredentialResolver(new LocalCredentialVerifier(null!, kzKeys, options, time), time);
            Resolver = new FederatedCredentialResolver(local, peers, _clients, new PeerCredentialFetcher(new GrpcPeerCredentialCalls(_clients), time),
                new PeerInstitutionKeyCache(peers, _clients, time, NullLogger<PeerInstitutionKeyCache>.Instance),
                new Exchange.Hub.Credentials.Outside.OutsideCredentialImporter([], time),
                new VerificationCache(time), options, time, NullLogger<FederatedCredentialResolver>.Instance);
        }

        public FederatedCredentialResolver Resolver { get; }

        public void Dispose() => _clients.Dispose();
    }
}
