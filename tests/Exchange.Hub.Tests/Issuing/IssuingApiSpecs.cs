using System.Net.Http.Headers;
using System.Text;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Exchange.Hub.Web.Sharing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>The registry, issuing and verification API through a real hub process, over gRPC and REST/JSON.</summary>
public sealed partial class IssuingApiSpecs(IssuingHubFixture fixture) : IClassFixture<IssuingHubFixture>
{
    private HubProcess Hub => fixture.Hub;

    private string Admin => fixture.Token(new HubTokenRequest("a1", HubRoles.Admin, null, null, false));

    [Fact]
    public async Task A_credential_issued_over_REST_is_shared_by_its_learner_and_verified_anonymously_over_gRPC_and_REST()
    {
        var institution = await RegisterIssuerAsync();
        var issuerToken = fixture.Token(new HubTokenRequest("i1", HubRoles.Institution, institution, null, false));
        var issued = await PostAsync<IssuedCredential>("/v1/credentials", Samples.IssueRequest(institution, "L-API-1", "api-1"), issuerToken);
        Assert.Matches("^UA-MC-20[0-9]{2}-[0-9]{6}$", issued.Credential.RegistryNumber);
        Assert.Equal(CredentialStatus.Active, issued.Status.Status);

        var learner = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("l1", HubRoles.Learner, null, "L-API-1", false))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(7)),
        });
        Assert.NotEmpty(grant.ShareCode);
        // A grant naming no recipient hub links to this hub's web pages, the code as the last path segment.
        Assert.Equal(new ShareLink(Hub.Settings.HubId, issued.Credential.CredentialId, grant.ShareCode).On(Hub.Settings.HttpEndpoint).AbsoluteUri, grant.ShareUrl);

        var shared = new SharedCredentialRef { IssuingHubId = Hub.Settings.HubId, CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
        var verifier = new VerificationService.VerificationServiceClient(Hub.CreateChannel());
        var overGrpc = await verifier.VerifyCredentialAsync(new VerifyCredentialRequest { Shared = shared });
        Assert.Equal(VerificationVerdict.Valid, overGrpc.Report.Verdict);
        Assert.Equal("L-API-1", overGrpc.Credential.Learner.LearnerId);

        var overRest = await PostAsync<VerifyCredentialResponse>("/v1/verify", new VerifyCredentialRequest { Envelope = issued.Envelope }, token: null);
        Assert.Equal(VerificationVerdict.Valid, overRest.Report.Verdict);
        Assert.Null(overRest.Credential.Learner);

        using var http = Hub.CreateHttpClient();
        var entryJson = await http.GetStringAsync(new Uri($"/v1/registry/open/credentials/{issued.Credential.RegistryNumber}", UriKind.Relative));
        Assert.Contains(issued.Credential.CredentialId, entryJson, StringComparison.Ordinal);
        Assert.DoesNotContain("L-API-1", entryJson, StringComparison.Ordinal);
        var search = await new RegistryService.RegistryServiceClient(Hub.CreateChannel()).SearchOpenRegistryAsync(new SearchOpenRegistryRequest { InstitutionId = institution });
        Assert.Single(search.Entries);
    }

    [Fact]
    public async Task A_REST_refusal_is_a_400_whose_body_names_the_reason_and_each_missing_element()
    {
        var institution = await RegisterIssuerAsync();
        var request = Samples.IssueRequest(institution, "L-API-3", "api-3");
        request.Credential.LearningOutcomes.Clear();
        using var http = Hub.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(new HubTokenRequest("i7", HubRoles.Institution, institution, null, false)));
        using var content = new StringContent(JsonFormatter.Default.Format(request), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/v1/credentials", UriKind.Relative), content);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("REQUIRED_ELEMENTS_INVALID", body, StringComparison.Ordinal);
        Assert.Contains("credential.learning_outcomes", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registry_calls_are_refused_with_the_status_each_mistake_calls_for()
    {
        var admin = new RegistryService.RegistryServiceClient(Hub.CreateChannel(Admin));
        var anonymous = new RegistryService.RegistryServiceClient(Hub.CreateChannel());
        var institution = await RegisterIssuerAsync();
        var asInstitution = new RegistryService.RegistryServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("i2", HubRoles.Institution, "UA-OTHER", null, false))));

        var invalid = await Refused(StatusCode.InvalidArgument, () => admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = new Institution { InstitutionId = "bad id" } }).ResponseAsync);
        Assert.Contains("institution.institution_id", Fields(invalid));
        Assert.Contains("institution.name", Fields(invalid));
        await Refused(StatusCode.AlreadyExists, () => admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(institution) }).ResponseAsync);
        await Refused(StatusCode.PermissionDenied, () => asInstitution.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution("UA-NEW") }).ResponseAsync);
        await Refused(StatusCode.Unauthenticated, () => anonymous.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution("UA-NEW") }).ResponseAsync);
        await Refused(StatusCode.NotFound, () => anonymous.GetInstitutionAsync(new GetInstitutionRequest { InstitutionId = "UA-NOWHERE" }).ResponseAsync);
        await Refused(StatusCode.InvalidArgument, () => anonymous.GetInstitutionAsync(new GetInstitutionRequest()).ResponseAsync);
        await Refused(StatusCode.InvalidArgument, () => anonymous.ListInstitutionsAsync(new ListInstitutionsRequest { Page = new PageRequest { PageToken = "garbage" } }).ResponseAsync);

        var current = await anonymous.GetInstitutionAsync(new GetInstitutionRequest { InstitutionId = institution });
        await Refused(StatusCode.InvalidArgument, () => admin.UpdateInstitutionAsync(new UpdateInstitutionRequest { Institution = current, UpdateMask = new FieldMask { Paths = { "signing_keys" } } }).ResponseAsync);
        var stale = await Refused(StatusCode.FailedPrecondition, () => admin.UpdateInstitutionAsync(new UpdateInstitutionRequest
        {
            Institution = current, UpdateMask = new FieldMask { Paths = { "short_name" } }, ExpectedVersion = current.Version - 1,
        }).ResponseAsync);
        Assert.Equal("VERSION_CONFLICT", stale.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        await Refused(StatusCode.NotFound, () => admin.RecordQualityAssuranceAsync(new RecordQualityAssuranceRequest
        {
            InstitutionId = "UA-NOWHERE",
            Status = new QualityAssuranceStatus { Result = QualityAssuranceResult.Positive, Agency = new OrganisationRef { Name = Text("NAQA") } },
        }).ResponseAsync);
        await Refused(StatusCode.InvalidArgument, () => admin.RecordQualityAssuranceAsync(new RecordQualityAssuranceRequest { InstitutionId = institution, Status = new QualityAssuranceStatus() }).ResponseAsync);

        await Refused(StatusCode.InvalidArgument, () => admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = institution, Key = new PublicKey { KeyId = "x", SpkiDer = ByteString.CopyFromUtf8("nope") } }).ResponseAsync);
        await Refused(StatusCode.PermissionDenied, () => asInstitution.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = institution, Key = new PublicKey { KeyId = "y" }, GenerateCustodialKey = true }).ResponseAsync);
        await Refused(StatusCode.AlreadyExists, () => admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = institution, Key = new PublicKey { KeyId = institution + "#1" }, GenerateCustodialKey = true }).ResponseAsync);
        await Refused(StatusCode.FailedPrecondition, () => admin.RetireSigningKeyAsync(new RetireSigningKeyRequest { InstitutionId = institution, KeyId = institution + "#1" }).ResponseAsync);
        await Refused(StatusCode.NotFound, () => admin.RevokeSigningKeyAsync(new RevokeSigningKeyRequest { InstitutionId = institution, KeyId = "missing" }).ResponseAsync);
        var keys = await anonymous.ListSigningKeysAsync(new ListSigningKeysRequest { InstitutionId = institution });
        Assert.Equal(KeyStatus.Active, Assert.Single(keys.Keys).Status);

        await Refused(StatusCode.NotFound, () => admin.CreateProgrammeAsync(new CreateProgrammeRequest { Programme = Samples.Programme("UA-PROG-X", "UA-NOWHERE") }).ResponseAsync);
        await Refused(StatusCode.InvalidArgument, () => admin.CreateProgrammeAsync(new CreateProgrammeRequest { Programme = new Programme() }).ResponseAsync);
        var programmeId = institution + "-MC-1";
        var programme = await admin.CreateProgrammeAsync(new CreateProgrammeRequest { Programme = Samples.Programme(programmeId, institution) });
        Assert.Equal(ProgrammeRegistryStatus.Draft, programme.RegistryStatus);
        await Refused(StatusCode.AlreadyExists, () => admin.CreateProgrammeAsync(new CreateProgrammeRequest { Programme = Samples.Programme(programmeId, institution) }).ResponseAsync);
        await Refused(StatusCode.PermissionDenied, () => anonymous.GetProgrammeAsync(new GetProgrammeRequest { ProgrammeId = programmeId }).ResponseAsync);
        await Refused(StatusCode.PermissionDenied, () => anonymous.ListProgrammesAsync(new ListProgrammesRequest()).ResponseAsync);
        var owner = new RegistryService.RegistryServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("i3", HubRoles.Institution, institution, null, false))));
        await Refused(StatusCode.PermissionDenied, () => owner.RecordProgrammeReviewAsync(new RecordProgrammeReviewRequest
        {
            ProgrammeId = programmeId, Review = new ProgrammeReview { Kind = ProgrammeReviewKind.External, Result = QualityAssuranceResult.Positive },
        }).ResponseAsync);
        await owner.RecordProgrammeReviewAsync(new RecordProgrammeReviewRequest { ProgrammeId = programmeId, Review = new ProgrammeReview { Kind = ProgrammeReviewKind.Internal, Result = QualityAssuranceResult.Positive } });
        var listed = await admin.RecordProgrammeReviewAsync(new RecordProgrammeReviewRequest { ProgrammeId = programmeId, Review = new ProgrammeReview { Kind = ProgrammeReviewKind.External, Result = QualityAssuranceResult.Positive } });
        Assert.Equal(ProgrammeRegistryStatus.Listed, listed.RegistryStatus);
        Assert.Contains((await anonymous.ListProgrammesAsync(new ListProgrammesRequest { ListedOnly = true })).Programmes, p => p.ProgrammeId == programmeId);
        await Refused(StatusCode.InvalidArgument, () => owner.RecordProgrammeReviewAsync(new RecordProgrammeReviewRequest { ProgrammeId = programmeId, Review = new ProgrammeReview() }).ResponseAsync);
        await Refused(StatusCode.InvalidArgument, () => owner.UpdateProgrammeAsync(new UpdateProgrammeRequest { Programme = listed, UpdateMask = new FieldMask { Paths = { "registry_status" } } }).ResponseAsync);

        var from = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
        await Refused(StatusCode.InvalidArgument, () => anonymous.SearchOpenRegistryAsync(new SearchOpenRegistryRequest { IssuedFrom = from, IssuedTo = from }).ResponseAsync);
        await Refused(StatusCode.NotFound, () => anonymous.GetOpenRegistryEntryAsync(new GetOpenRegistryEntryRequest { RegistryNumber = "UA-MC-1999-000001" }).ResponseAsync);
        await Refused(StatusCode.InvalidArgument, () => anonymous.GetOpenRegistryEntryAsync(new GetOpenRegistryEntryRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Issuing_and_verification_calls_are_refused_with_the_status_each_mistake_calls_for()
    {
        var institution = await RegisterIssuerAsync();
        var issuer = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("i4", HubRoles.Institution, institution, null, false))));
        var stranger = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("i5", HubRoles.Institution, "UA-OTHER", null, false))));
        var otherLearner = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("l9", HubRoles.Learner, null, "L-SOMEONE", false))));
        var learner = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("l2", HubRoles.Learner, null, "L-API-2", false))));
        var anonymous = new IssuingService.IssuingServiceClient(Hub.CreateChannel());

        var incomplete = Samples.IssueRequest(institution, "L-API-2", "api-bad");
        incomplete.Credential.LearningOutcomes.Clear();
        var missing = await Refused(StatusCode.InvalidArgument, () => issuer.IssueCredentialAsync(incomplete).ResponseAsync);
        Assert.Equal("REQUIRED_ELEMENTS_INVALID", missing.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Contains("credential.learning_outcomes", Fields(missing));
        await Refused(StatusCode.InvalidArgument, () => issuer.IssueCredentialAsync(new IssueCredentialRequest { InstitutionId = institution }).ResponseAsync);
        await Refused(StatusCode.PermissionDenied, () => stranger.IssueCredentialAsync(Samples.IssueRequest(institution, "L-API-2", "api-x")).ResponseAsync);
        await Refused(StatusCode.NotFound, () => new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("i6", HubRoles.Institution, "UA-GHOST", null, false))))
            .IssueCredentialAsync(Samples.IssueRequest("UA-GHOST", "L-API-2", "api-g")).ResponseAsync);
        await Refused(StatusCode.Unauthenticated, () => anonymous.IssueCredentialAsync(Samples.IssueRequest(institution, "L-API-2", "api-u")).ResponseAsync);

        var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest(institution, "L-API-2", "api-2"));
        var id = issued.Credential.CredentialId;
        await Refused(StatusCode.AlreadyExists, () => issuer.IssueCredentialAsync(Samples.IssueRequest(institution, "L-API-OTHER", "api-2")).ResponseAsync);
        await Refused(StatusCode.NotFound, () => issuer.GetCredentialAsync(new GetCredentialRequest { CredentialId = "UA-CRED-0000000000000000dead" }).ResponseAsync);
        await Refused(StatusCode.PermissionDenied, () => otherLearner.GetCredentialAsync(new GetCredentialRequest { CredentialId = id }).ResponseAsync);
        Assert.Equal("L-API-2", (await learner.GetCredentialAsync(new GetCredentialRequest { CredentialId = id })).Credential.Learner.LearnerId);
        await Refused(StatusCode.PermissionDenied, () => stranger.ListCredentialsAsync(new ListCredentialsRequest { InstitutionId = institution }).ResponseAsync);
        Assert.Single((await learner.ListCredentialsAsync(new ListCredentialsRequest())).Credentials);
        await Refused(StatusCode.NotFound, () => anonymous.GetRevocationStatusAsync(new GetRevocationStatusRequest { CredentialId = "UA-CRED-0000000000000000dead" }).ResponseAsync);

        await Refused(StatusCode.PermissionDenied, () => otherLearner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = id, ExpiresAt = InDays(1) }).ResponseAsync);
        await Refused(StatusCode.InvalidArgument, () => learner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = id, ExpiresAt = InDays(-1) }).ResponseAsync);
        await Refused(StatusCode.InvalidArgument, () => learner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = id, ExpiresAt = InDays(200) }).ResponseAsync);
        await Refused(StatusCode.NotFound, () => learner.RevokeShareGrantAsync(new RevokeShareGrantRequest { CredentialId = id, ShareId = "sh-none" }).ResponseAsync);
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = id, ExpiresAt = InDays(1) });
        Assert.Empty((await learner.ListShareGrantsAsync(new ListShareGrantsRequest { CredentialId = id })).Grants[0].ShareCode);

        await Refused(StatusCode.InvalidArgument, () => learner.ExportCredentialAsync(new ExportCredentialRequest { CredentialId = id }).ResponseAsync);
        await Refused(StatusCode.FailedPrecondition, () => learner.ExportCredentialAsync(new ExportCredentialRequest { CredentialId = id, Format = ContentType.ElmJades }).ResponseAsync);
        var jwt = await learner.ExportCredentialAsync(new ExportCredentialRequest { CredentialId = id, Format = ContentType.VcJwt });
        Assert.Equal(3, jwt.Document.ToStringUtf8().Split('.').Length);

        var verifier = new VerificationService.VerificationServiceClient(Hub.CreateChannel());
        var shared = new SharedCredentialRef { IssuingHubId = Hub.Settings.HubId, CredentialId = id, ShareCode = "wrong" };
        await Refused(StatusCode.InvalidArgument, () => verifier.VerifyCredentialAsync(new VerifyCredentialRequest()).ResponseAsync);
        Assert.Equal("SHARE_CODE_INVALID", Reason(await Refused(StatusCode.PermissionDenied, () => verifier.VerifyCredentialAsync(new VerifyCredentialRequest { Shared = shared }).ResponseAsync)));
        await Refused(StatusCode.NotFound, () => verifier.VerifyCredentialAsync(new VerifyCredentialRequest { Shared = new SharedCredentialRef(shared) { CredentialId = "UA-CRED-0000000000000000dead" } }).ResponseAsync);
        Assert.Equal("UNKNOWN_HUB", Reason(await Refused(StatusCode.PermissionDenied, () => verifier.VerifyCredentialAsync(new VerifyCredentialRequest { Shared = new SharedCredentialRef(shared) { IssuingHubId = "hub-zz" } }).ResponseAsync)));

        await Refused(StatusCode.InvalidArgument, () => issuer.RevokeCredentialAsync(new RevokeCredentialRequest { CredentialId = id }).ResponseAsync);
        await Refused(StatusCode.PermissionDenied, () => stranger.RevokeCredentialAsync(new RevokeCredentialRequest { CredentialId = id, ReasonCode = "fraud" }).ResponseAsync);
        var revoked = await issuer.RevokeCredentialAsync(new RevokeCredentialRequest { CredentialId = id, ReasonCode = "issued_in_error", Reason = Text("Issued in error") });
        Assert.Equal(CredentialStatus.Revoked, revoked.Status);
        Assert.Equal("CREDENTIAL_REVOKED", Reason(await Refused(StatusCode.FailedPrecondition, () => issuer.RevokeCredentialAsync(new RevokeCredentialRequest { CredentialId = id, ReasonCode = "fraud" }).ResponseAsync)));
        await Refused(StatusCode.FailedPrecondition, () => learner.CreateShareGrantAsync(new CreateShareGrantRequest { CredentialId = id, ExpiresAt = InDays(1) }).ResponseAsync);
        var afterRevocation = await verifier.VerifyCredentialAsync(new VerifyCredentialRequest { Shared = new SharedCredentialRef(shared) { ShareCode = grant.ShareCode } });
        Assert.Equal(VerificationVerdict.Invalid, afterRevocation.Report.Verdict);
        Assert.Equal(CredentialStatus.Revoked, afterRevocation.RevocationStatus.Status);
        await learner.RevokeShareGrantAsync(new RevokeShareGrantRequest { CredentialId = id, ShareId = grant.ShareId });
        await Refused(StatusCode.FailedPrecondition, () => learner.RevokeShareGrantAsync(new RevokeShareGrantRequest { CredentialId = id, ShareId = grant.ShareId }).ResponseAsync);
        Assert.Equal("SHARE_CODE_EXPIRED", Reason(await Refused(StatusCode.PermissionDenied,
            () => verifier.VerifyCredentialAsync(new VerifyCredentialRequest { Shared = new SharedCredentialRef(shared) { ShareCode = grant.ShareCode } }).ResponseAsync)));
    }

    private async Task<string> RegisterIssuerAsync()
    {
        var id = "UA-API" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = await PostAsync<Institution>("/v1/registry/institutions", new CreateInstitutionRequest { Institution = Samples.Institution(id) }, Admin);
        Assert.Equal(id, created.InstitutionId);
        var admin = new RegistryService.RegistryServiceClient(Hub.CreateChannel(Admin));
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = id, Key = new PublicKey { KeyId = id + "#1" }, GenerateCustodialKey = true, Activate = true });
        return id;
    }

    private async Task<T> PostAsync<T>(string path, IMessage body, string? token)
        where T : IMessage<T>, new()
    {
        using var http = Hub.CreateHttpClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var content = new StringContent(JsonFormatter.Default.Format(body), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonParser.Default.Parse<T>(text);
    }

    private static async Task<RpcException> Refused(StatusCode expected, Func<Task> call)
    {
        var refusal = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(expected == refusal.StatusCode, $"Expected {expected}, got {refusal.StatusCode}: {refusal.Status.Detail}");
        return refusal;
    }

    private static List<string> Fields(RpcException refusal) =>
        refusal.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToList() ?? [];

    private static string? Reason(RpcException refusal) => refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    private static Timestamp InDays(int days) => Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(days));

    private static MultilingualText Text(string text) => new() { Values = { new LocalizedText { Language = "en", Text = text } } };
}
