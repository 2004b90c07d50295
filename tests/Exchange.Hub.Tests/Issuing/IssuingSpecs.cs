using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using CheckResult = Exchange.Hub.Credentials.CheckResult;
using VerificationCheck = Exchange.Hub.Credentials.VerificationCheck;
using VerificationVerdict = Exchange.Hub.Credentials.VerificationVerdict;

namespace Exchange.Hub.Tests.Issuing;

[Collection(RegistryClusterGroup.Name)]
public sealed class IssuingSpecs(RegistryCluster cluster)
{
    [Fact]
    public async Task Issuing_signs_with_the_institution_key_attests_with_the_hub_key_and_every_check_passes()
    {
        var (institution, _) = await IssuerAsync();
        var issued = await cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, "L-1", "k-1"));

        Assert.Equal(2, issued.Issued.Envelope.Signatures.Count);
        Assert.Equal(SignerRole.Institution, issued.Issued.Envelope.Signatures[0].Role);
        Assert.Equal(cluster.Keys.AttestationKeyId, issued.Issued.Envelope.Signatures[1].KeyId);
        var verification = await cluster.Verifier.VerifyAsync(issued.Issued.Envelope, LocalCredentialVerifier.NoShareGrant);
        Assert.Equal(VerificationVerdict.Valid, verification.Report.Verdict);
        Assert.Equal(
            [VerificationCheck.EnvelopeFormat, VerificationCheck.HeaderConsistency, VerificationCheck.HubKeyTrusted, VerificationCheck.HubAttestation,
             VerificationCheck.InstitutionKeyValid, VerificationCheck.InstitutionSignature, VerificationCheck.IssuerQualityAssurance,
             VerificationCheck.Revocation, VerificationCheck.Expiry, VerificationCheck.ShareGrant, VerificationCheck.RequiredElements],
            verification.Report.Checks.Select(c => c.Check));
        Assert.Equal(issued.Issued.RegistryNumber, verification.Payload!.RegistryNumber);
        // No QA status is recorded for this institution: the check warns, the credential stays valid.
        var qa = verification.Report.Checks.Single(c => c.Check == VerificationCheck.IssuerQualityAssurance);
        Assert.Equal(CheckResult.Warning, qa.Result);
        Assert.Null(qa.QualityAssurance);
    }

    [Fact]
    public async Task The_issuer_quality_assurance_check_uses_the_status_recorded_in_this_hubs_registry()
    {
        var (institution, _) = await IssuerAsync();
        await cluster.Grains.GetGrain<IInstitutionGrain>(institution).RecordQualityAssuranceAsync(new QualityAssuranceStatus
        {
            Agency = new OrganisationRef { OrganisationId = "UA-NAQA", Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "NAQA" } } } },
            Scope = QualityAssuranceType.ExternalInstitutional,
            Result = QualityAssuranceResult.Positive,
            DecidedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(RegistryCluster.Clock.GetUtcNow().AddYears(-1)),
            ValidUntil = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(RegistryCluster.Clock.GetUtcNow().AddYears(4)),
        }.ToByteArray());
        var issued = await cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, "L-qa", "k-qa"));

        var verification = await cluster.Verifier.VerifyAsync(issued.Issued.Envelope, LocalCredentialVerifier.NoShareGrant);

        var qa = verification.Report.Checks.Single(c => c.Check == VerificationCheck.IssuerQualityAssurance);
        Assert.Equal((CheckResult.Passed, "NAQA", QualityAssuranceScope.Institutional), (qa.Result, qa.QualityAssurance!.Agency, qa.QualityAssurance.Scope));
        Assert.Equal(VerificationVerdict.Valid, verification.Report.Verdict);
    }

    [Fact]
    public async Task Issuing_refuses_a_record_lacking_required_elements_naming_each_one()
    {
        var (institution, _) = await IssuerAsync();
        var request = Samples.IssueRequest(institution, "L-2", "k-2");
        request.Credential.LearningOutcomes.Clear();
        request.Credential.Content = null;

        var refusal = await Assert.ThrowsAsync<RpcException>(() => cluster.Issuer.IssueAsync(request));
        var status = refusal.GetRpcStatus()!;
        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Equal("REQUIRED_ELEMENTS_INVALID", status.GetDetail<ErrorInfo>().Reason);
        var fields = status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("credential.learning_outcomes", fields);
        Assert.Contains("credential.content", fields);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_credential_and_a_different_body_is_refused()
    {
        var (institution, _) = await IssuerAsync();
        var first = await cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, "L-3", "k-3"));
        var again = await cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, "L-3", "k-3"));
        Assert.Equal(first.Issued.RegistryNumber, again.Issued.RegistryNumber);
        Assert.Equal(first.Issued.Envelope.HeaderBytes, again.Issued.Envelope.HeaderBytes);

        var refusal = await Assert.ThrowsAsync<HubException>(() => cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, "L-other", "k-3")));
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", refusal.Reason);
    }

    [Fact]
    public async Task Issuing_without_an_active_key_is_refused()
    {
        var id = NewId();
        await cluster.Grains.GetGrain<IInstitutionGrain>(id).CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        var refusal = await Assert.ThrowsAsync<HubException>(() => cluster.Issuer.IssueAsync(Samples.IssueRequest(id, "L-4", "k-4")));
        Assert.Equal("KEY_NOT_VALID", refusal.Reason);
    }

    [Fact]
    public async Task The_verifier_catches_a_tampered_payload()
    {
        var issued = await IssueAsync("L-5");
        var payload = (byte[])issued.Payload.Clone();
        payload[^1] ^= 0x01;

        var report = (await cluster.Verifier.VerifyAsync(issued with { Payload = payload }, LocalCredentialVerifier.NoShareGrant)).Report;
        Assert.Equal(VerificationVerdict.Invalid, report.Verdict);
        Assert.Equal(CheckResult.Failed, Check(report, VerificationCheck.InstitutionSignature));
        Assert.Equal(CheckResult.Failed, Check(report, VerificationCheck.HubAttestation));
    }

    [Fact]
    public async Task The_verifier_catches_a_signature_made_with_another_institution_key()
    {
        var issued = await IssueAsync("L-6");
        using var stranger = Hub.Signing.Es256.CreateKey();
        var forged = Hub.Trust.EnvelopeSigner.SignAsInstitution(stranger, issued.HeaderBytes, issued.Payload);
        var envelope = issued with { Signatures = [issued.Signatures[0] with { Signature = forged }, issued.Signatures[1]] };

        var report = (await cluster.Verifier.VerifyAsync(envelope, LocalCredentialVerifier.NoShareGrant)).Report;
        Assert.Equal(CheckResult.Failed, Check(report, VerificationCheck.InstitutionSignature));
    }

    [Fact]
    public async Task The_verifier_reports_a_key_revoked_before_issue_and_a_revoked_credential()
    {
        var (institution, keyId) = await IssuerAsync();
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, "L-7", "k-7"));
        await cluster.Grains.GetGrain<IInstitutionGrain>(institution).RevokeSigningKeyAsync(keyId, RegistryCluster.Clock.GetUtcNow().AddMinutes(-1), "compromise");
        var status = await cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId).RevokeAsync("fraud", [new TextValue("en", "Fraud")]);

        Assert.Equal(CredentialState.Revoked, status.State);
        var report = (await cluster.Verifier.VerifyAsync(view.Issued.Envelope, LocalCredentialVerifier.NoShareGrant)).Report;
        Assert.Equal(CheckResult.Failed, Check(report, VerificationCheck.InstitutionKeyValid));
        Assert.Equal(CheckResult.Failed, Check(report, VerificationCheck.Revocation));
        var again = await Assert.ThrowsAsync<HubException>(() => cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId).RevokeAsync("fraud", []));
        Assert.Equal("CREDENTIAL_REVOKED", again.Reason);
    }

    [Fact]
    public async Task A_share_grant_expires_and_one_limited_to_a_recipient_refuses_everyone_else()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-8", "k-8"));
        var credential = cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId);
        var now = RegistryCluster.Clock.GetUtcNow();
        var open = await credential.CreateShareGrantAsync(now.AddHours(1), "", "");
        var limited = await credential.CreateShareGrantAsync(now.AddDays(10), "hub-kz", "KZ-KAZNU");

        Assert.Equal(ShareAccessOutcome.Granted, (await credential.OpenShareAsync(open.ShareCode, "hub-lv", "")).Outcome);
        Assert.Equal(ShareAccessOutcome.RecipientMismatch, (await credential.OpenShareAsync(limited.ShareCode, "hub-lv", "LV-LU")).Outcome);
        Assert.Equal(ShareAccessOutcome.Granted, (await credential.OpenShareAsync(limited.ShareCode, "hub-kz", "KZ-KAZNU")).Outcome);
        Assert.Equal(ShareAccessOutcome.CodeInvalid, (await credential.OpenShareAsync("not-a-code", "hub-kz", "")).Outcome);

        RegistryCluster.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(ShareAccessOutcome.Expired, (await credential.OpenShareAsync(open.ShareCode, "hub-lv", "")).Outcome);
        Assert.Single(await credential.ListShareGrantsAsync(includeInactive: false));
        await credential.RevokeShareGrantAsync(limited.Grant.ShareId);
        Assert.Equal(ShareAccessOutcome.Expired, (await credential.OpenShareAsync(limited.ShareCode, "hub-kz", "KZ-KAZNU")).Outcome);
    }

    [Fact]
    public async Task The_code_of_an_active_grant_can_be_revealed_again_and_is_stored_only_sealed()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-17", "k-17"));
        var credential = cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId);
        var now = RegistryCluster.Clock.GetUtcNow();
        var kept = await credential.CreateShareGrantAsync(now.AddDays(30), "hub-kz", "");
        var revoked = await credential.CreateShareGrantAsync(now.AddDays(30), "", "");
        var shortLived = await credential.CreateShareGrantAsync(now.AddMinutes(30), "", "");
        await credential.RevokeShareGrantAsync(revoked.Grant.ShareId);

        Assert.Equal(kept.ShareCode, await credential.RevealShareCodeAsync(kept.Grant.ShareId));
        Assert.Equal(shortLived.ShareCode, await credential.RevealShareCodeAsync(shortLived.Grant.ShareId));
        Assert.Null(await credential.RevealShareCodeAsync(revoked.Grant.ShareId));
        Assert.Null(await credential.RevealShareCodeAsync("sh-unknown"));
        var stored = new GrainState<CredentialGrainState>();
        await cluster.Storage.ReadStateAsync("credential", credential.GetGrainId(), stored);
        Assert.All(stored.State!.Grants, g => Assert.False(string.IsNullOrEmpty(g.SealedCode)));
        Assert.DoesNotContain(stored.State.Grants, g => g.SealedCode!.Contains(kept.ShareCode, StringComparison.Ordinal));

        RegistryCluster.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(await credential.RevealShareCodeAsync(shortLived.Grant.ShareId));
        Assert.Equal(kept.ShareCode, await credential.RevealShareCodeAsync(kept.Grant.ShareId));
    }

    [Fact]
    public async Task A_grant_made_before_codes_were_sealed_reveals_nothing()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-18", "k-18"));
        var credential = cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId);
        var grant = await credential.CreateShareGrantAsync(RegistryCluster.Clock.GetUtcNow().AddDays(1), "", "");
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        // The state as an earlier version of the hub wrote it: the hash, no sealed code.
        var stored = new GrainState<CredentialGrainState>();
        await cluster.Storage.ReadStateAsync("credential", credential.GetGrainId(), stored);
        stored.State!.Grants[0] = stored.State.Grants[0] with { SealedCode = null };
        await cluster.Storage.WriteStateAsync("credential", credential.GetGrainId(), stored);

        Assert.Null(await credential.RevealShareCodeAsync(grant.Grant.ShareId));
        Assert.Equal(ShareAccessOutcome.Granted, (await credential.OpenShareAsync(grant.ShareCode, "hub-lv", "")).Outcome);
    }

    [Fact]
    public async Task Each_use_of_a_share_grant_is_counted_and_stored_soon_after_it_is_answered()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-15", "k-15"));
        var credential = cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId);
        var grant = await credential.CreateShareGrantAsync(RegistryCluster.Clock.GetUtcNow().AddHours(1), "", "");

        await credential.OpenShareAsync(grant.ShareCode, "hub-kz", "");
        await credential.OpenShareAsync(grant.ShareCode, "hub-lv", "");

        Assert.Equal(2, Assert.Single(await credential.ListShareGrantsAsync(includeInactive: false)).UseCount);
        await Eventually.True(async () =>
        {
            var stored = new GrainState<CredentialGrainState>();
            await cluster.Storage.ReadStateAsync("credential", credential.GetGrainId(), stored);
            return stored.State!.Grants.Single().UseCount == 2;
        }, TimeSpan.FromSeconds(10), "the use count was not stored");
    }

    [Fact]
    public async Task Recognitions_recorded_on_a_credential_are_listed_with_it_and_a_repeated_decision_is_recorded_once()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-13", "k-13"));
        var credential = cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId);
        var decision = Persistence.CredentialRecognitionsSpecs.Recognition("d-13", "hub-kz", 4, recordedAfter: 0);
        await credential.CreateShareGrantAsync(RegistryCluster.Clock.GetUtcNow().AddDays(1), "hub-kz", "");

        Assert.True(await credential.RecordRecognitionAsync(decision));
        Assert.False(await credential.RecordRecognitionAsync(decision with { Sequence = 5 }));

        Assert.Empty((await credential.GetAsync())!.Recognitions);
        var recorded = Assert.Single((await credential.GetWithRecognitionsAsync()).Recognitions);
        Assert.Equal(("d-13", RegistryCluster.Clock.GetUtcNow()), (recorded.DecisionId, recorded.RecordedAt));
        await Assert.ThrowsAsync<HubException>(() => cluster.Grains.GetGrain<ICredentialGrain>("UA-CRED-0000000000000000dead").GetWithRecognitionsAsync());
    }

    [Fact]
    public async Task Only_a_hub_the_credential_was_ever_shared_with_may_record_a_recognition_on_it()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-16", "k-16"));
        var credential = cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId);
        var now = RegistryCluster.Clock.GetUtcNow();
        await credential.CreateShareGrantAsync(now.AddHours(1), "hub-kz", "");
        var unnamed = await credential.CreateShareGrantAsync(now.AddHours(1), "", "");
        await credential.OpenShareAsync(unnamed.ShareCode, "hub-lv", "");

        var stranger = await Assert.ThrowsAsync<HubException>(() =>
            credential.RecordRecognitionAsync(Persistence.CredentialRecognitionsSpecs.Recognition("d-16-ee", "hub-ee", 1, recordedAfter: 0)));
        Assert.Equal((ErrorKind.PermissionDenied, "CREDENTIAL_NOT_SHARED"), (stranger.Kind, stranger.Reason));
        Assert.Empty((await credential.GetWithRecognitionsAsync()).Recognitions);

        // Expired grants still count: a case submitted while the grant held is decided, and delivered, later.
        RegistryCluster.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await credential.RecordRecognitionAsync(Persistence.CredentialRecognitionsSpecs.Recognition("d-16-kz", "hub-kz", 1, recordedAfter: 0)));
        Assert.True(await credential.RecordRecognitionAsync(Persistence.CredentialRecognitionsSpecs.Recognition("d-16-lv", "hub-lv", 1, recordedAfter: 0)));
        Assert.Equal(["d-16-kz", "d-16-lv"], (await credential.GetWithRecognitionsAsync()).Recognitions.Select(r => r.DecisionId).Order());
    }

    [Fact]
    public async Task Recognitions_an_earlier_version_kept_in_the_credential_state_move_to_the_recognitions_store_on_activation()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-14", "k-14"));
        var earlier = Persistence.CredentialRecognitionsSpecs.Recognition("d-14", "hub-lv", 2, recordedAfter: 0);
        var moved = cluster.Grains.GetGrain<ICredentialGrain>(CredentialIdBinding.For("UA", "moved", view.Issued.CredentialId));
        var sharedWithLv = new ShareGrantRecord("sh-14", [], RegistryCluster.Clock.GetUtcNow(), RegistryCluster.Clock.GetUtcNow().AddDays(1), "hub-lv", "");
        var stored = new GrainState<CredentialGrainState>(new CredentialGrainState { Issued = view.Issued, Indexed = true, Recognitions = [earlier], Grants = [sharedWithLv] });
        await cluster.Storage.WriteStateAsync("credential", moved.GetGrainId(), stored);

        var recorded = Assert.Single((await moved.GetWithRecognitionsAsync()).Recognitions);

        Persistence.CredentialRecognitionsSpecs.AssertSame(earlier, recorded);
        var after = new GrainState<CredentialGrainState>();
        await cluster.Storage.ReadStateAsync("credential", moved.GetGrainId(), after);
        Assert.Empty(after.State!.Recognitions);
        Assert.False(await moved.RecordRecognitionAsync(earlier with { Sequence = 3 }));
    }

    [Fact]
    public async Task A_share_grant_beyond_the_policy_maximum_or_in_the_past_is_refused()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-9", "k-9"));
        var credential = cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId);
        var now = RegistryCluster.Clock.GetUtcNow();
        Assert.Equal(ErrorKind.InvalidArgument, (await Assert.ThrowsAsync<HubException>(() => credential.CreateShareGrantAsync(now.AddDays(91), "", ""))).Kind);
        Assert.Equal(ErrorKind.InvalidArgument, (await Assert.ThrowsAsync<HubException>(() => credential.CreateShareGrantAsync(now.AddMinutes(-1), "", ""))).Kind);
    }

    [Fact]
    public async Task The_open_registry_lists_an_issued_credential_without_personal_data()
    {
        var (institution, _) = await IssuerAsync();
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, "L-SECRET-10", "k-10"));

        var items = await cluster.Grains.GetGrain<IOpenRegistryGrain>(institution).ListAsync();
        var item = Assert.Single(items);
        var entry = OpenRegistryEntry.Parser.ParseFrom(item.Entry.Document);
        Assert.Equal(view.Issued.RegistryNumber, entry.RegistryNumber);
        var text = Google.Protobuf.JsonFormatter.Default.Format(entry);
        Assert.DoesNotContain("L-SECRET-10", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Коваленко", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2001-04-12", text, StringComparison.Ordinal);
        Assert.Equal(view.Issued.CredentialId, (await cluster.Grains.GetGrain<IRegistryNumberIndexGrain>(view.Issued.RegistryNumber).GetAsync())!.CredentialId);
    }

    [Fact]
    public async Task The_resolver_verifies_a_shared_credential_and_decodes_it_for_the_rules_but_reports_other_hubs_as_unavailable()
    {
        var view = await cluster.Issuer.IssueAsync(Samples.IssueRequest((await IssuerAsync()).Institution, "L-11", "k-11"));
        var grant = await cluster.Grains.GetGrain<ICredentialGrain>(view.Issued.CredentialId).CreateShareGrantAsync(RegistryCluster.Clock.GetUtcNow().AddDays(1), "", "UA-KNU");
        var resolver = new LocalCredentialResolver(cluster.Verifier, RegistryCluster.Clock);

        var resolved = await resolver.ResolveAsync(new CredentialByReference(RegistryCluster.HubId, view.Issued.CredentialId, grant.ShareCode), "UA-KNU", default);
        Assert.Equal(VerificationVerdict.Valid, resolved.Verification.Verdict);
        Assert.Equal("UA", resolved.IssuingCountry);
        Assert.Equal(6m, resolved.Credential!.Workload!.Amount);

        var wrongRecipient = await resolver.ResolveAsync(new CredentialByReference(RegistryCluster.HubId, view.Issued.CredentialId, grant.ShareCode), "UA-OTHER", default);
        Assert.Equal(CheckResult.Failed, Check(wrongRecipient.Verification, VerificationCheck.ShareGrant));
        Assert.Null(wrongRecipient.Credential);

        var foreign = await resolver.ResolveAsync(new CredentialByReference("hub-kz", "KZ-CRED-1", "code"), "UA-KNU", default);
        Assert.Equal(VerificationVerdict.Indeterminate, foreign.Verification.Verdict);
    }

    [Fact]
    public async Task An_envelope_the_institution_signed_itself_is_attested_unchanged_and_a_bad_signature_is_refused()
    {
        var id = NewId();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        using var ownKey = Hub.Signing.Es256.CreateKey();
        await grain.AddSigningKeyAsync(new NewSigningKey(id + "#own", ownKey.ExportSubjectPublicKeyInfo(), null, null, GenerateCustodial: false, Activate: true));

        var request = Samples.IssueRequest(id, "L-12", "k-12");
        var credential = request.Credential;
        credential.CredentialId = CredentialIdBinding.For("UA", id, "own-1");
        credential.IssuingHubId = RegistryCluster.HubId;
        var payload = Google.Protobuf.MessageExtensions.ToByteArray(credential);
        var header = Google.Protobuf.MessageExtensions.ToByteArray(new EnvelopeHeader
        {
            EnvelopeId = "env-own-1", FormatVersion = 1, ContentType = ContentType.ExchangeCredential, IssuingHubId = RegistryCluster.HubId,
            IssuingCountryCode = "UA", InstitutionId = id, CredentialId = credential.CredentialId, InstitutionKeyId = id + "#own",
            HubKeyId = cluster.Keys.AttestationKeyId, IssuedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(RegistryCluster.Clock.GetUtcNow()),
            PayloadSha256 = Google.Protobuf.ByteString.CopyFrom(System.Security.Cryptography.SHA256.HashData(payload)),
        });
        var signature = Hub.Trust.EnvelopeSigner.SignAsInstitution(ownKey, header, payload);
        var signed = EnvelopeContract.ToContract(new SignedEnvelope(header, payload,
            [new EnvelopeSignatureData(SignerRole.Institution, id, id + "#own", signature, RegistryCluster.Clock.GetUtcNow())]));

        var tampered = signed.Clone();
        tampered.Signatures[0].Signature = Google.Protobuf.ByteString.CopyFrom(new byte[64]);
        var refusal = await Assert.ThrowsAsync<HubException>(() => cluster.Issuer.IssueAsync(new IssueCredentialRequest { IdempotencyKey = "own-1", InstitutionId = id, InstitutionSignedEnvelope = tampered }));
        Assert.Equal("INSTITUTION_SIGNATURE_INVALID", refusal.Reason);

        var view = await cluster.Issuer.IssueAsync(new IssueCredentialRequest { IdempotencyKey = "own-1", InstitutionId = id, InstitutionSignedEnvelope = signed });
        Assert.Equal(payload, view.Issued.Envelope.Payload);
        Assert.Equal(header, view.Issued.Envelope.HeaderBytes);
        Assert.Matches("^UA-MC-", view.Issued.RegistryNumber);
        var report = (await cluster.Verifier.VerifyAsync(view.Issued.Envelope, LocalCredentialVerifier.NoShareGrant)).Report;
        Assert.Equal(VerificationVerdict.Valid, report.Verdict);
    }

    private async Task<SignedEnvelope> IssueAsync(string learner)
    {
        var (institution, _) = await IssuerAsync();
        return (await cluster.Issuer.IssueAsync(Samples.IssueRequest(institution, learner, "k-" + learner))).Issued.Envelope;
    }

    private async Task<(string Institution, string KeyId)> IssuerAsync()
    {
        var id = NewId();
        var grain = cluster.Grains.GetGrain<IInstitutionGrain>(id);
        await grain.CreateAsync(RegistryContract.ToProfile(Samples.Institution(id)));
        var key = await grain.AddSigningKeyAsync(new NewSigningKey(id + "#1", null, null, null, GenerateCustodial: true, Activate: true));
        return (id, key.KeyId);
    }

    private static string NewId() => "UA-I" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private static CheckResult Check(CredentialVerification report, VerificationCheck check) => report.Checks.Single(c => c.Check == check).Result;
}
