using System.Security.Cryptography;
using Exchange.Contracts.V1;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Exchange.Hub.Tests.Contracts;

/// <summary>
/// The v1 messages survive binary and JSON round trips unchanged, envelopes stay verifiable after them,
/// and the local services (not HubFederation) carry JSON transcoding annotations.
/// </summary>
public sealed class ContractRoundTripSpecs
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    private static T BinaryRoundTrip<T>(T message) where T : IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return parser.ParseFrom(message.ToByteArray());
    }

    private static T JsonRoundTrip<T>(T message) where T : IMessage<T>, new() =>
        Parser.Parse<T>(Formatter.Format(message));

    /// <summary>Fails naming every top-level field left at its default value, so samples stay complete.</summary>
    private static void AssertFullyPopulated(IMessage message)
    {
        var unset = new List<string>();
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            var isSet = value switch
            {
                null => false,
                string s => s.Length > 0,
                ByteString b => !b.IsEmpty,
                bool b => b,
                int i => i != 0,
                long l => l != 0,
                System.Collections.ICollection c => c.Count > 0,
                Enum e => Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture) != 0,
                _ => true,
            };
            if (!isSet)
            {
                unset.Add(field.Name);
            }
        }
        Assert.True(unset.Count == 0, $"{message.Descriptor.Name} sample leaves fields unset: {string.Join(", ", unset)}");
    }

    [Fact]
    public void Credential_round_trips_through_binary_and_json()
    {
        var credential = ContractSamples.UkrainianMicroCredential();
        AssertFullyPopulated(credential);

        Assert.Equal(credential, BinaryRoundTrip(credential));
        Assert.Equal(credential, JsonRoundTrip(credential));

        var json = Formatter.Format(credential);
        Assert.Contains("\"amount\": \"6\"", json, StringComparison.Ordinal); // decimals travel as strings
        Assert.Contains("\"Аналіз даних мовою Python\"", json, StringComparison.Ordinal);
        Assert.Contains("\"CREDENTIAL_KIND_MICRO_CREDENTIAL\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognition_decision_round_trips_through_binary_and_json()
    {
        var decision = ContractSamples.PartialDecision();
        AssertFullyPopulated(decision);

        Assert.Equal(decision, BinaryRoundTrip(decision));
        Assert.Equal(decision, JsonRoundTrip(decision));
    }

    [Fact]
    public void Recognition_case_with_request_envelope_and_journal_round_trips()
    {
        using var institutionKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var hubKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var envelope = ContractSamples.SignedEnvelope(ContractSamples.UkrainianMicroCredential(), institutionKey, hubKey);
        var recognitionCase = new RecognitionCase
        {
            CaseId = "KZ-CASE-0042",
            HubId = "hub-kz",
            Request = new RecognitionRequest
            {
                IdempotencyKey = "kaznu-2026-app-118",
                RequesterInstitutionId = "KZ-KAZNU",
                Purpose = RecognitionPurpose.CreditTransfer,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Course,
                    TargetId = "KZ-KAZNU-DA-101",
                    Title = ContractSamples.Text(("kk", "Деректерді талдау"), ("ru", "Анализ данных"), ("en", "Data analysis")),
                    HostInstitutionId = "KZ-KAZNU",
                    Requirements = new TargetRequirements
                    {
                        Level = new Level { Framework = QualificationFramework.KzNqf, LevelCode = "6" },
                        Workload = new Workload { Amount = "8", Unit = WorkloadUnit.KzAcademicCredit, UnitVersion = "KZ-2018" },
                        Profile = new ProfileRequirement { IscedFCodes = { "061" }, Orientation = ProfileOrientation.Academic },
                        Quality = new QualityExpectation { RequireExternalQualityAssurance = true, RequireEqarAgency = true },
                    },
                },
                Credentials =
                {
                    new CredentialSource { Reference = new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = "UA-CRED-0001", ShareCode = "sc_9QmV3kT7xw2LrB8eYp4N" } },
                    new CredentialSource { Envelope = envelope },
                },
                PreferredLanguage = "kk",
            },
            Status = CaseStatus.Decided,
            Decision = ContractSamples.PartialDecision(),
            FlaggedCriteria = { RecognitionCriterion.Workload },
            VerificationReports =
            {
                new VerificationReport
                {
                    CredentialId = "UA-CRED-0001",
                    IssuingHubId = "hub-ua",
                    VerifyingHubId = "hub-kz",
                    Verdict = VerificationVerdict.Valid,
                    Checks = { new VerificationCheck { Kind = VerificationCheckKind.HubAttestation, Result = CheckResult.Passed, KeyId = "hub-ua#2026-01" } },
                },
            },
            Journal =
            {
                new JournalEntry
                {
                    Sequence = 1,
                    At = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 7, 1, 11, 59, 0, TimeSpan.Zero)),
                    Actor = new Actor { Kind = ActorKind.Institution, ActorId = "KZ-KAZNU", HubId = "hub-kz", InstitutionId = "KZ-KAZNU" },
                    FromStatus = CaseStatus.Unspecified,
                    ToStatus = CaseStatus.Received,
                    Event = "submitted",
                },
            },
            Version = 7,
        };

        Assert.Equal(recognitionCase, BinaryRoundTrip(recognitionCase));
        Assert.Equal(recognitionCase, JsonRoundTrip(recognitionCase));
    }

    [Fact]
    public void Envelope_round_trips_and_its_signatures_still_verify_over_the_received_bytes()
    {
        using var institutionKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var hubKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var credential = ContractSamples.UkrainianMicroCredential();
        var envelope = ContractSamples.SignedEnvelope(credential, institutionKey, hubKey);
        var header = EnvelopeHeader.Parser.ParseFrom(envelope.HeaderBytes);
        AssertFullyPopulated(header);

        foreach (var received in new[] { BinaryRoundTrip(envelope), JsonRoundTrip(envelope) })
        {
            Assert.Equal(envelope, received);
            var headerBytes = received.HeaderBytes.ToByteArray();
            var payload = received.Payload.ToByteArray();
            var institutionSignature = received.Signatures[0].Signature.ToByteArray();
            Assert.Equal(SignatureRole.Institution, received.Signatures[0].Role);
            Assert.Equal(SignatureRole.HubAttestation, received.Signatures[1].Role);
            Assert.Equal(64, institutionSignature.Length); // raw r||s, not DER
            Assert.True(institutionKey.VerifyData(
                ContractSamples.DomainDigest(ContractSamples.InstitutionContext, headerBytes, payload),
                institutionSignature, HashAlgorithmName.SHA256));
            Assert.True(hubKey.VerifyData(
                ContractSamples.DomainDigest(ContractSamples.HubAttestationContext, headerBytes, payload, institutionSignature),
                received.Signatures[1].Signature.ToByteArray(), HashAlgorithmName.SHA256));
            // Domain separation: the institution signature is not a valid hub attestation.
            Assert.False(institutionKey.VerifyData(
                ContractSamples.DomainDigest(ContractSamples.HubAttestationContext, headerBytes, payload, institutionSignature),
                institutionSignature, HashAlgorithmName.SHA256));
            Assert.Equal(credential, Credential.Parser.ParseFrom(payload));
            Assert.Equal(EnvelopeHeader.Parser.ParseFrom(headerBytes).PayloadSha256, ByteString.CopyFrom(SHA256.HashData(payload)));
        }
    }

    private static readonly string[] LocalServices =
    [
        "exchange.v1.HubInfoService", "exchange.v1.RegistryService", "exchange.v1.IssuingService",
        "exchange.v1.VerificationService", "exchange.v1.RecognitionService", "exchange.v1.ReviewService",
    ];

    private static IReadOnlyList<ServiceDescriptor> AllServices() =>
    [
        .. new[]
        {
            HubInfoReflection.Descriptor, RegistryReflection.Descriptor, IssuingReflection.Descriptor,
            RecognitionReflection.Descriptor, ReviewReflection.Descriptor, FederationReflection.Descriptor,
            CommonReflection.Descriptor, CredentialReflection.Descriptor, EnvelopeReflection.Descriptor,
            TrustReflection.Descriptor,
        }.SelectMany(f => f.Services),
    ];

    [Fact]
    public void Every_local_service_method_has_an_http_rule()
    {
        var services = AllServices();
        Assert.Equal(
            LocalServices.Append("exchange.v1.HubFederation").Order(StringComparer.Ordinal),
            services.Select(s => s.FullName).Order(StringComparer.Ordinal));

        foreach (var service in services.Where(s => LocalServices.Contains(s.FullName)))
        {
            foreach (var method in service.Methods)
            {
                Assert.False(method.IsClientStreaming, $"{method.FullName} is client streaming; JSON transcoding cannot map it");
                var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
                Assert.True(rule is not null, $"{method.FullName} has no google.api.http rule");
                Assert.True(rule.PatternCase is HttpRule.PatternOneofCase.Get or HttpRule.PatternOneofCase.Post,
                    $"{method.FullName} uses {rule.PatternCase}; the local API uses GET and POST only");
                if (rule.PatternCase == HttpRule.PatternOneofCase.Get)
                {
                    Assert.True(rule.Body.Length == 0, $"{method.FullName}: a GET rule has no body");
                    Assert.StartsWith("/v1/", rule.Get, StringComparison.Ordinal);
                }
                else
                {
                    Assert.True(rule.Body == "*", $"{method.FullName}: a POST rule takes body \"*\"");
                    Assert.StartsWith("/v1/", rule.Post, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Hub_federation_is_grpc_only()
    {
        var federation = HubFederation.Descriptor;
        Assert.NotEmpty(federation.Methods);
        foreach (var method in federation.Methods)
        {
            Assert.Null(method.GetOptions()?.GetExtension(AnnotationsExtensions.Http));
            Assert.False(method.IsClientStreaming || method.IsServerStreaming, $"{method.FullName} streams");
        }
    }

    [Fact]
    public void Get_hub_info_is_reachable_over_rest_at_a_stable_path()
    {
        var method = HubInfoService.Descriptor.FindMethodByName("GetHubInfo");
        Assert.Equal("/v1/hub/info", method.GetOptions().GetExtension(AnnotationsExtensions.Http).Get);
    }
}
