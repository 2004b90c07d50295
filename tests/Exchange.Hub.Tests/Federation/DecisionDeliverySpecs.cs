using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Exchange.Hub.Federation.Auth;
using Exchange.Hub.Federation.Client;
using Exchange.Hub.Federation.Descriptors;
using Exchange.Hub.Federation.Peers;
using Exchange.Hub.Federation.Resilience;
using Exchange.Hub.Security;
using Exchange.Hub.Signing;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Tests.Federation;

/// <summary>
/// A decision taken at the Kazakh hub on a credential the Ukrainian hub issued travels back to the Ukrainian hub:
/// onto the learner's record and into national statistics, exactly once, even when the UA hub is stopped while
/// decisions are queued and started again on the same data.
/// </summary>
public sealed class DecisionDeliverySpecs(TwoHubsFixture hubs) : IClassFixture<TwoHubsFixture>
{
    private const string LearnerId = "L-UA-KZ-DELIVER";
    private const string KzUniversity = "KZ-UNIVERSITY-D";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_decision_taken_at_KZ_shows_on_the_UA_credential_and_in_UA_statistics()
    {
        var reference = await IssueAndShareOnUaAsync("deliver-auto");
        var before = await UaStatisticsAsync(RecognitionOutcome.Full);

        var decided = await SubmitOnKzAsync("deliver-auto", reference, ectsRequired: "5");
        Assert.True(decided.Status == CaseStatus.Decided, $"Case ended {decided.Status}: {string.Join("; ", decided.Journal.Select(j => j.Reason))}");

        var recognition = await RecognitionOnUaEventuallyAsync(reference);
        Assert.Equal("hub-kz", recognition.RecognisingHubId);
        Assert.Equal("KZ", recognition.RecognisingCountryCode);
        Assert.Equal(decided.Decision.DecisionId, recognition.DecisionId);
        Assert.Equal(RecognitionOutcome.Full, recognition.Outcome);
        Assert.Equal(TargetKind.Course, recognition.TargetKind);
        Assert.Equal("Data analysis", recognition.TargetTitle.Values[0].Text);
        Assert.Equal(KzUniversity, recognition.RequesterInstitutionId);
        // UA counts the decision after recording it, and KZ marks it delivered when UA's answer arrives: both settle later.
        await UaStatisticsEventuallyAsync(RecognitionOutcome.Full, before + 1);
        await KzOutboxDrainedEventuallyAsync();
        Assert.True((await KzOutboxToUaAsync()).DeliveredThrough >= 1);
    }

    [Fact]
    public async Task Decisions_queued_while_UA_is_stopped_are_recorded_exactly_once_after_it_starts_again()
    {
        const int Cases = 3;
        var references = new List<SharedCredentialRef>();
        var referred = new List<RecognitionCase>();
        for (var i = 0; i < Cases; i++)
        {
            references.Add(await IssueAndShareOnUaAsync($"deliver-queued-{i}"));
            referred.Add(await SubmitOnKzAsync($"deliver-queued-{i}", references[i], ectsRequired: "30"));
            Assert.True(referred[i].Status == CaseStatus.InReview, $"Case ended {referred[i].Status}: {string.Join("; ", referred[i].Journal.Select(j => j.Reason))}");
        }

        var before = await UaStatisticsAsync(RecognitionOutcome.Partial);
        await hubs.StopUaAsync();
        try
        {
            var officer = new ReviewService.ReviewServiceClient(hubs.Kz.CreateChannel(hubs.Kz.Token(new HubTokenRequest("officer-d", HubRoles.Officer))));
            foreach (var pending in referred)
            {
                var assigned = await officer.AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = pending.CaseId });
                await officer.DecideReviewCaseAsync(new DecideReviewCaseRequest
                {
                    CaseId = pending.CaseId,
                    ExpectedVersion = assigned.Version,
                    Decision = new OfficerDecision
                    {
                        Outcome = RecognitionOutcome.Partial,
                        Justification = Text("5 of the 30 ECTS required are covered."),
                        AppealInstructions = Text("Appeal within 30 days."),
                    },
                });
            }

            await Eventually.True(async () => (await KzOutboxToUaAsync()).Pending >= Cases, Deadline,
                "The KZ outbox did not show the decisions waiting for the stopped UA hub.");
            var waiting = await KzOutboxToUaAsync();
            Assert.NotNull(waiting.OldestPendingSince);
        }
        finally
        {
            await hubs.StartUaAsync();
        }

        await KzOutboxDrainedEventuallyAsync();
        foreach (var reference in references)
        {
            var recognitions = (await CredentialOnUaAsync(reference)).Recognitions;
            Assert.Single(recognitions);
            Assert.Equal(RecognitionOutcome.Partial, recognitions[0].Outcome);
        }

        await UaStatisticsEventuallyAsync(RecognitionOutcome.Partial, before + Cases);
        await Eventually.True(async () => (await StatusAsync(hubs.Ua)).Peers.Single(p => p.HubId == "hub-kz").Inbox is var inbox
                && inbox.Received == inbox.HighestContiguousSequence, Deadline,
            "The UA inbox from KZ has a gap in its sequence.");
    }

    [Fact]
    public async Task A_repeat_of_a_decision_under_a_new_message_is_acknowledged_but_changes_nothing()
    {
        var reference = await IssueAndShareOnUaAsync("deliver-repeat");
        var decided = await SubmitOnKzAsync("deliver-repeat", reference, ectsRequired: "5");
        await RecognitionOnUaEventuallyAsync(reference);
        // Once KZ saw UA's answer, UA has counted the decision: the baseline below includes it.
        await KzOutboxDrainedEventuallyAsync();
        var before = await UaStatisticsAsync(RecognitionOutcome.Full);
        using var clients = KzClientsCallingUa();
        var status = await StatusAsync(hubs.Ua);
        var next = status.Peers.Single(p => p.HubId == "hub-kz").Inbox.HighestContiguousSequence + 1000;

        var ack = await clients.CallAsync("hub-ua", async (c, o) => await c.DeliverRecognitionDecisionAsync(new DeliverRecognitionDecisionRequest
        {
            Header = new OutboxMessageHeader { MessageId = "hub-kz:hub-ua:again", SenderHubId = "hub-kz", RecipientHubId = "hub-ua", Sequence = next, Attempt = 1 },
            Decision = new RecognitionDecision
            {
                DecisionId = decided.Decision.DecisionId, CaseId = decided.CaseId, Outcome = RecognitionOutcome.Full,
                DecidedAt = decided.Decision.DecidedAt, CredentialIds = { reference.CredentialId },
            },
            TargetKind = TargetKind.Course,
        }, o), CancellationToken.None);

        Assert.False(ack.Duplicate);
        Assert.Single((await CredentialOnUaAsync(reference)).Recognitions);
        Assert.Equal(before, await UaStatisticsAsync(RecognitionOutcome.Full));
    }

    [Fact]
    public async Task The_decision_credential_KZ_signs_reaches_the_learners_record_at_UA_and_verifies_with_KZs_published_keys()
    {
        var reference = await IssueAndShareOnUaAsync("deliver-vc");
        var decided = await SubmitOnKzAsync("deliver-vc", reference, ectsRequired: "5");
        Assert.True(decided.Status == CaseStatus.Decided, $"Case ended {decided.Status}: {string.Join("; ", decided.Journal.Select(j => j.Reason))}");
        Assert.NotEmpty(decided.Decision.DecisionCredential);

        var recognition = await RecognitionOnUaEventuallyAsync(reference);
        Assert.Equal(decided.Decision.DecisionCredential, recognition.DecisionCredential);

        var verified = await VerifiedWithKzKeysAsync(recognition.DecisionCredential);
        var payload = verified["payload"]!;
        Assert.Equal(KzIssuer, (string)payload["iss"]!);
        Assert.Equal(KzIssuer, (string)payload["issuer"]!["id"]!);
        Assert.Contains("RecognitionDecisionCredential", payload["type"]!.AsArray().Select(t => (string)t!));
        Assert.Equal($"urn:exchange:hub-ua:learner:{LearnerId}", (string)payload["sub"]!);
        var decision = payload["credentialSubject"]!["recognition"]!;
        Assert.Equal(decided.Decision.DecisionId, (string)decision["decisionId"]!);
        Assert.Equal("full", (string)decision["outcome"]!);
        Assert.Equal("automatic", (string)decision["decidedBy"]!);
        Assert.Equal(reference.CredentialId, (string)decision["recognisedCredential"]![0]!["credentialId"]!);
        Assert.Equal("hub-ua", (string)decision["recognisedCredential"]![0]!["issuingHub"]!);
        // UA counts the decision once KZ hears back: settled here, so no other spec's statistics baseline moves later.
        await KzOutboxDrainedEventuallyAsync();
    }

    [Fact]
    public async Task An_appeal_and_a_new_decision_at_KZ_mark_the_first_decision_credential_superseded_in_KZs_status_list()
    {
        var reference = await IssueAndShareOnUaAsync("deliver-vc-appeal");
        var referred = await SubmitOnKzAsync("deliver-vc-appeal", reference, ectsRequired: "30");
        Assert.True(referred.Status == CaseStatus.InReview, $"Case ended {referred.Status}: {string.Join("; ", referred.Journal.Select(j => j.Reason))}");
        var first = await DecideOnKzAsync(referred.CaseId, "officer-vc-1", RecognitionOutcome.Partial);
        var university = new RecognitionService.RecognitionServiceClient(hubs.Kz.CreateChannel(hubs.Kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, KzUniversity))));
        await university.AppealRecognitionDecisionAsync(new AppealRecognitionDecisionRequest
        {
            CaseId = referred.CaseId,
            DecisionId = first.Decision.DecisionId,
            Grounds = Text("The statistics course covers the missing credits."),
            IdempotencyKey = "appeal-vc-1",
        });

        var second = await DecideOnKzAsync(referred.CaseId, "officer-vc-2", RecognitionOutcome.Full);

        Assert.Equal(first.Decision.DecisionId, second.Decision.SupersedesDecisionId);
        var superseded = StatusOf(first.Decision.DecisionCredential);
        var standing = StatusOf(second.Decision.DecisionCredential);
        Assert.Equal(superseded.List, standing.List);
        Assert.NotEqual(superseded.Index, standing.Index);
        await Eventually.True(async () => await StatusBitAsync(superseded) == "set", Deadline,
            $"KZ's status list never said the superseded decision {first.Decision.DecisionId} is set.");
        Assert.Equal("clear", await StatusBitAsync(standing));
        await KzOutboxDrainedEventuallyAsync();
    }

    [Fact]
    public async Task A_decision_on_a_credential_UA_never_issued_is_refused_as_not_found()
    {
        using var clients = KzClientsCallingUa();

        var refusal = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.DeliverRecognitionDecisionAsync(new DeliverRecognitionDecisionRequest
        {
            Header = new OutboxMessageHeader { MessageId = "hub-kz:hub-ua:unknown", SenderHubId = "hub-kz", RecipientHubId = "hub-ua", Sequence = 1_000_000 },
            Decision = new RecognitionDecision
            {
                DecisionId = "KZ-NEVER-d1", CaseId = "KZ-NEVER", Outcome = RecognitionOutcome.Full,
                DecidedAt = Timestamp.FromDateTime(DateTime.UtcNow), CredentialIds = { "UA-CRED-0000000000000000dead" },
            },
            TargetKind = TargetKind.Course,
        }, o), CancellationToken.None));

        Assert.Equal(Grpc.Core.StatusCode.NotFound, refusal.StatusCode);
    }

    [Fact]
    public async Task A_decision_on_a_UA_credential_never_shared_with_KZ_is_refused_and_not_shown_to_the_learner()
    {
        var sharedWithLv = (await FederatedParties.IssueAsync(hubs.Ua, "UA-D-NOT-SHARED", LearnerId, "deliver-not-shared", "hub-lv")).Reference;
        using var clients = KzClientsCallingUa();

        var refusal = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => clients.CallAsync("hub-ua", async (c, o) => await c.DeliverRecognitionDecisionAsync(new DeliverRecognitionDecisionRequest
        {
            Header = new OutboxMessageHeader { MessageId = "hub-kz:hub-ua:not-shared", SenderHubId = "hub-kz", RecipientHubId = "hub-ua", Sequence = 2_000_000 },
            Decision = new RecognitionDecision
            {
                DecisionId = "KZ-NOT-SHARED-d1", CaseId = "KZ-NOT-SHARED", Outcome = RecognitionOutcome.Denied,
                DecidedAt = Timestamp.FromDateTime(DateTime.UtcNow), CredentialIds = { sharedWithLv.CredentialId },
            },
            TargetKind = TargetKind.Course,
        }, o), CancellationToken.None));

        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, refusal.StatusCode);
        Assert.Equal("CREDENTIAL_NOT_SHARED", refusal.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        Assert.Empty((await CredentialOnUaAsync(sharedWithLv)).Recognitions);
    }

    [Fact]
    public async Task A_rotated_key_accepted_through_Hello_is_still_trusted_after_the_UA_hub_restarts()
    {
        using var rotated = Es256.CreateKey();
        var rotatedKeyId = "hub-kz#rotated-" + Guid.NewGuid().ToString("N")[..8];
        using (var old = KzClientsCallingUa())
        {
            var reply = await old.CallAsync("hub-ua", async (c, o) => await c.HelloAsync(
                new HelloRequest { CallerDescriptor = RotatedKzDescriptor(rotatedKeyId, rotated) }, o), CancellationToken.None);
            Assert.True(reply.CallerDescriptorUpdated);
        }

        await hubs.StopUaAsync();
        await hubs.StartUaAsync();

        using var channel = hubs.Ua.CreateChannel();
        var raw = new HubFederation.HubFederationClient(channel);
        var signer = new FederationRequestSigner("hub-kz", rotatedKeyId, rotated, TimeProvider.System);
        SignedHubDescriptor? answer = null;
        await Eventually.True(async () =>
        {
            try
            {
                var request = new GetHubDescriptorRequest();
                answer = await raw.GetHubDescriptorAsync(request, signer.Sign("/exchange.v1.HubFederation/GetHubDescriptor", "hub-ua", request.ToByteArray()));
                return true;
            }
            catch (Grpc.Core.RpcException refused) when (refused.StatusCode is Grpc.Core.StatusCode.PermissionDenied or Grpc.Core.StatusCode.Unauthenticated)
            {
                return false;
            }
        }, Deadline, "The restarted UA hub does not trust the key it accepted through Hello before the restart.");
        Assert.Equal("hub-ua", HubDescriptor.Parser.ParseFrom(answer!.DescriptorBytes).HubId);
    }

    private SignedHubDescriptor RotatedKzDescriptor(string rotatedKeyId, ECDsa rotated)
    {
        var descriptor = new HubDescriptor
        {
            HubId = "hub-kz",
            CountryCode = "KZ",
            GrpcEndpoint = hubs.KzSettings.GrpcEndpoint.ToString().TrimEnd('/'),
            Sequence = 100,
            IssuedAt = Timestamp.FromDateTime(DateTime.UtcNow),
            ApiVersion = "exchange.v1",
            Keys =
            {
                // The current key stays valid, so the KZ hub's own calls go on verifying.
                Key(hubs.KzKeys.AttestationKeyId, hubs.KzKeys.AttestationKey, KeyStatus.Active),
                Key(rotatedKeyId, rotated, KeyStatus.Active),
            },
        };
        return HubDescriptorSigner.Sign(descriptor, [(hubs.KzKeys.AttestationKeyId, hubs.KzKeys.AttestationKey)]);
    }

    private static PublicKey Key(string keyId, ECDsa key, KeyStatus status) => new()
    {
        KeyId = keyId,
        OwnerId = "hub-kz",
        Algorithm = SignatureAlgorithm.Es256,
        SpkiDer = ByteString.CopyFrom(key.ExportSubjectPublicKeyInfo()),
        Validity = new ValidityWindow { NotBefore = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch) },
        Status = status,
    };

    private PeerClients KzClientsCallingUa() => new(
        new PeerDirectory([TwoHubsFixture.Pinned(hubs.UaSettings, hubs.UaKeys)]),
        hubs.KzKeys,
        new PeerCallPipelines(Options.Create(new PeerResilienceOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10) }), TimeProvider.System),
        TimeProvider.System);

    private Task KzOutboxDrainedEventuallyAsync() =>
        Eventually.True(async () => (await KzOutboxToUaAsync()).Pending == 0, Deadline,
            "The KZ outbox to UA still has pending messages:\n" + hubs.Kz.Output);

    private Task UaStatisticsEventuallyAsync(RecognitionOutcome outcome, long expected) =>
        Eventually.True(async () => await UaStatisticsAsync(outcome) == expected, Deadline,
            $"UA statistics never counted {expected} {outcome} decisions from KZ.");

    private async Task<PeerOutboxStatus> KzOutboxToUaAsync() => (await StatusAsync(hubs.Kz)).Peers.Single(p => p.HubId == "hub-ua").Outbox;

    private static async Task<FederationStatus> StatusAsync(HubProcess hub) =>
        await new FederationStatusService.FederationStatusServiceClient(hub.CreateChannel(hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))))
            .GetFederationStatusAsync(new GetFederationStatusRequest());

    private async Task<long> UaStatisticsAsync(RecognitionOutcome outcome) =>
        (await StatusAsync(hubs.Ua)).RecognitionStatistics.Where(s => s.RecognisingCountryCode == "KZ" && s.Outcome == outcome).Sum(s => s.Decisions);

    private async Task<CredentialRecognition> RecognitionOnUaEventuallyAsync(SharedCredentialRef reference)
    {
        IssuedCredential? credential = null;
        await Eventually.True(async () => (credential = await CredentialOnUaAsync(reference)).Recognitions.Count > 0, Deadline,
            "The UA credential shows no recognition from KZ:\n" + hubs.Kz.Output);
        return Assert.Single(credential!.Recognitions);
    }

    private async Task<IssuedCredential> CredentialOnUaAsync(SharedCredentialRef reference)
    {
        var learner = new IssuingService.IssuingServiceClient(hubs.Ua.CreateChannel(hubs.Ua.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
        return await learner.GetCredentialAsync(new GetCredentialRequest { CredentialId = reference.CredentialId });
    }

    private async Task<SharedCredentialRef> IssueAndShareOnUaAsync(string key) =>
        (await FederatedParties.IssueAsync(hubs.Ua, $"UA-D-{key}".ToUpperInvariant(), LearnerId, key, "hub-kz")).Reference;

    private async Task<RecognitionCase> SubmitOnKzAsync(string key, SharedCredentialRef reference, string ectsRequired)
    {
        var kz = hubs.Kz;
        var university = new RecognitionService.RecognitionServiceClient(kz.CreateChannel(kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, KzUniversity))));
        var request = CrossBorderRequests.Course(key, KzUniversity, reference);
        request.Request.Target.Requirements.Workload.Amount = ectsRequired;
        var submitted = await university.SubmitRecognitionRequestAsync(request);
        return await CrossBorderRequests.WaitAsync(university, submitted.CaseId,
            s => s is CaseStatus.Decided or CaseStatus.InReview or CaseStatus.CredentialInvalid or CaseStatus.IncompleteFile, () => kz.Output);
    }

    /// <summary>KZ as the issuer of what it signs: the origin of its public web address.</summary>
    private string KzIssuer => hubs.Kz.WebBase.GetLeftPart(UriPartial.Authority);

    private string KzJwks => KzIssuer + "/.well-known/jwks.json";

    /// <summary>KZ's self-signed TLS certificate, which Node is told to trust (a verifier elsewhere trusts a real one).</summary>
    private string KzCertificate => Path.Combine(hubs.KzSettings.EffectiveKeysFolder, Exchange.Hub.Security.Transport.ServerCertificate.CertificateFileName);

    private async Task<RecognitionCase> DecideOnKzAsync(string caseId, string officerId, RecognitionOutcome outcome)
    {
        var officer = new ReviewService.ReviewServiceClient(hubs.Kz.CreateChannel(hubs.Kz.Token(new HubTokenRequest(officerId, HubRoles.Officer))));
        var assigned = await officer.AssignReviewCaseAsync(new AssignReviewCaseRequest { CaseId = caseId });
        await officer.DecideReviewCaseAsync(new DecideReviewCaseRequest
        {
            CaseId = caseId,
            ExpectedVersion = assigned.Version,
            Decision = new OfficerDecision
            {
                Outcome = outcome,
                Justification = Text("Decided on the file."),
                AppealInstructions = Text("Appeal within 30 days."),
            },
        });
        var university = new RecognitionService.RecognitionServiceClient(hubs.Kz.CreateChannel(hubs.Kz.Token(new HubTokenRequest("admissions", HubRoles.Institution, KzUniversity))));
        return await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = caseId });
    }

    /// <summary>jose's verdict on a VC-JWT against KZ's JWKS as served (issuer checked), outside .NET.</summary>
    private async Task<System.Text.Json.Nodes.JsonNode> VerifiedWithKzKeysAsync(string jws)
    {
        var file = Path.Combine(Path.GetTempPath(), "exchange-tests", "decision-" + Guid.NewGuid().ToString("N") + ".jwt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, jws);
        try
        {
            var run = await NodeScripts.RunTrustingAsync(KzCertificate, "verify-vc-jwt.mjs", file, KzJwks, "--issuer", KzIssuer);
            Assert.True(run.ExitCode == 0, run.ToString());
            return System.Text.Json.Nodes.JsonNode.Parse(run.StdOut)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (string List, string Index) StatusOf(string jws)
    {
        var status = System.Text.Json.Nodes.JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(jws.Split('.')[1]))!["credentialStatus"]!;
        return ((string)status["statusListCredential"]!, (string)status["statusListIndex"]!);
    }

    private async Task<string> StatusBitAsync((string List, string Index) entry)
    {
        var run = await NodeScripts.RunTrustingAsync(KzCertificate, "status-bit.mjs", entry.List, KzJwks, entry.Index);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.StdOut.Trim();
    }

    private static MultilingualText Text(string english) => new() { Values = { new LocalizedText { Language = "en", Text = english } } };
}
