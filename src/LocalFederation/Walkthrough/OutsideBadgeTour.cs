using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.LocalFederation.Launch;
using Google.Protobuf;
using Grpc.Core;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// A badge from outside the federation: hub-lv's national centre puts a (demo) badge issuer on its trust list through
/// the registry API, the issuer signs an Open Badge 3.0 with its own key, and a Kazakh university submits the badge
/// file to hub-kz, which trusts the issuer's key through hub-lv's signed institution list and assesses the badge like
/// any credential.
/// </summary>
internal sealed class OutsideBadgeTour(RunningFederation federation, JoseCheck paths, string dataRoot, Narrator say, TimeProvider time)
{
    private const string KzUniversity = "KZ-KAZNU";

    public async Task RunAsync(string run, CancellationToken ct)
    {
        using var academy = DemoBadgeAcademy.LoadOrCreate(dataRoot);
        await TrustAsync(academy, ct);
        var file = await SignBadgeAsync(academy, run, ct);
        await SubmitAsync(file, run, ct);
    }

    private async Task TrustAsync(DemoBadgeAcademy academy, CancellationToken ct)
    {
        say.Step($"hub-lv's national centre puts an outside badge issuer on its trust list: {DemoBadgeAcademy.Name} (made up for this demo)");
        var admin = RunningFederation.As(federation.Token("hub-lv", new HubTokenRequest("lv-admin", HubRoles.Admin)), ct);
        var registry = new RegistryService.RegistryServiceClient(federation.Channel("hub-lv"));
        await AllowExistingAsync(registry.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Institution() }, admin).ResponseAsync);
        await AllowExistingAsync(registry.AddSigningKeyAsync(new AddSigningKeyRequest
        {
            InstitutionId = DemoBadgeAcademy.InstitutionId,
            Key = new PublicKey { KeyId = DemoBadgeAcademy.KeyId, Algorithm = SignatureAlgorithm.Es256, Jwk = academy.PublicJwk() },
            Activate = true,
        }, admin).ResponseAsync);
        say.Line($"registry entry {DemoBadgeAcademy.InstitutionId} on hub-lv, outside issuer id {DemoBadgeAcademy.IssuerId}");
        say.Detail($"public key {DemoBadgeAcademy.KeyId} added as a JWK (AddSigningKey); the private key stays with the issuer: {paths.Shown(academy.KeyFile)}");
        say.Detail("hub-lv's signed institution list now carries the issuer id and its key; hub-ua and hub-kz trust it through that list");
    }

    private async Task<string> SignBadgeAsync(DemoBadgeAcademy academy, string run, CancellationToken ct)
    {
        var badge = DemoBadge.Create(DemoBadgeAcademy.IssuerId, DemoBadgeAcademy.Name, run, time.GetUtcNow());
        say.Step($"{DemoBadgeAcademy.Name} issues an Open Badge 3.0 to a learner with its own key, outside any hub");
        var folder = Path.Combine(dataRoot, "demo-badge-academy");
        var file = Path.Combine(folder, $"badge-{run}.jwt");
        await File.WriteAllTextAsync(file, academy.Sign(badge.Payload), ct);
        say.Line($"\"{badge.Title}\" ({badge.Summary}), signed ES256 with kid {DemoBadgeAcademy.KeyId}");
        say.Detail($"written to {paths.Shown(file)}");
        return file;
    }

    private async Task SubmitAsync(string file, string run, CancellationToken ct)
    {
        say.Step($"{KzUniversity} asks hub-kz to recognise the badge: the file itself goes in as an outside credential (VC_JWT)");
        var recognition = new RecognitionService.RecognitionServiceClient(federation.Channel("hub-kz"));
        var request = SeedRequests.Course($"walk-kz-badge-{run}", KzUniversity, "kaznu-dv-101", "Data visualisation", "6", "5",
            new SharedCredentialRef());
        request.Request.Credentials[0] = new CredentialSource
        {
            Outside = new OutsideCredential { Format = ContentType.VcJwt, Document = ByteString.CopyFrom(await File.ReadAllBytesAsync(file, ct)) },
        };
        var submitted = await recognition.SubmitRecognitionRequestAsync(request,
            RunningFederation.As(CaseFollower.UniversityToken(federation, "hub-kz", KzUniversity), ct));
        say.Line($"case {submitted.CaseId} {Narrator.Name(submitted.Status)}; hub-kz verifies the badge itself: no hub issued it");
        var settled = await new CaseFollower(federation, say).FollowAsync("hub-kz", KzUniversity, submitted, ct);
        switch (settled.Status)
        {
            case CaseStatus.Decided:
                say.Line($"DECIDED by hub-kz ({Narrator.Name(settled.Decision.DecidedBy.Kind)}):");
                say.Decision(settled.Decision);
                break;
            case CaseStatus.InReview:
                say.Line($"REFERRED to the officers of hub-kz: {string.Join(", ", settled.FlaggedCriteria.Select(c => Narrator.Name(c)))}");
                break;
            default:
                say.Line($"case {settled.CaseId} is {Narrator.Name(settled.Status)}");
                break;
        }

        say.Line($"the learner (or anyone) can check the badge file without an account: {new Uri(federation["hub-kz"].HttpAddress, "check/file")} " +
                 $"(\"Check a credential file\": upload {paths.Shown(file)})");
    }

    private static Institution Institution() => new()
    {
        InstitutionId = DemoBadgeAcademy.InstitutionId,
        CountryCode = "LV",
        Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = DemoBadgeAcademy.Name + " (demo issuer)" } } },
        ShortName = "DBA",
        Kind = InstitutionKind.TrainingProvider,
        Roles = { InstitutionRole.Issuer },
        WebUrl = "https://demo-badge-academy.example.org/",
        Active = true,
        OutsideIssuerIds = { DemoBadgeAcademy.IssuerId },
    };

    // --keep reuses the data folder, where the issuer is already registered.
    private static async Task AllowExistingAsync<T>(Task<T> call)
    {
        try
        {
            await call;
        }
        catch (RpcException existing) when (existing.StatusCode == StatusCode.AlreadyExists)
        {
        }
    }
}
