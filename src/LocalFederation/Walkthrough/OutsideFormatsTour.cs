using System.Security.Cryptography;
using System.Text;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.LocalFederation.Launch;
using Google.Protobuf;
using Grpc.Core;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// The three other ways learners' credentials travel, each from a made-up outside issuer a national centre puts on its
/// trust list through the registry API, imported into a university's recognition request and assessed like any
/// credential: an Open Badge with a Data Integrity proof (Ed25519, eddsa-rdfc-2022) from an issuer hub-ua trusts,
/// recognised at hub-lv; a European Digital Credential sealed with JAdES under a certificate root hub-lv trusts,
/// recognised at hub-lv; an EMREX ELMO transcript signed with XMLDSig by a university hub-lv trusts, recognised at hub-kz.
/// </summary>
internal sealed class OutsideFormatsTour(RunningFederation federation, JoseCheck paths, string dataRoot, Narrator say, TimeProvider time)
{
    private const string LvUniversity = "LV-LU";
    private const string KzUniversity = "KZ-KAZNU";

    public async Task RunAsync(string run, CancellationToken ct)
    {
        var files = new List<string>
        {
            await DataIntegrityBadgeAsync(run, ct),
            await EuropeanDigitalCredentialAsync(run, ct),
            await EmrexTranscriptAsync(run, ct),
        };
        say.Line($"anyone can check these files without an account on any hub's page, e.g. {new Uri(federation["hub-lv"].HttpAddress, "check/file")}:");
        foreach (var file in files)
        {
            say.Detail(paths.Shown(file));
        }
    }

    private async Task<string> DataIntegrityBadgeAsync(string run, CancellationToken ct)
    {
        using var lab = DemoSkillsLab.LoadOrCreate(dataRoot);
        say.Step($"hub-ua's national centre puts an outside issuer of Data Integrity badges on its trust list: {DemoSkillsLab.Name} (made up for this demo)");
        await RegisterAsync("hub-ua", new Institution
        {
            InstitutionId = DemoSkillsLab.InstitutionId,
            CountryCode = "UA",
            Name = English(DemoSkillsLab.Name + " (demo issuer)"),
            ShortName = "DSL",
            Kind = InstitutionKind.TrainingProvider,
            Roles = { InstitutionRole.Issuer },
            WebUrl = DemoSkillsLab.Web,
            Active = true,
            OutsideIssuerIds = { DemoSkillsLab.IssuerId },
        }, new PublicKey { KeyId = lab.KeyId, Algorithm = SignatureAlgorithm.Eddsa, Jwk = lab.PublicJwk() }, ct);
        say.Line($"registry entry {DemoSkillsLab.InstitutionId} on hub-ua, outside issuer id {DemoSkillsLab.IssuerId}");
        say.Detail($"Ed25519 public key added as a JWK (kty OKP, AddSigningKey, algorithm EDDSA) under the id its proofs name: {lab.KeyId}");
        say.Detail($"the private key stays with the issuer: {paths.Shown(lab.KeyFile)}; hub-lv and hub-kz trust the key through hub-ua's signed institution list");

        say.Step($"{DemoSkillsLab.Name} issues an Open Badge 3.0 secured with a Data Integrity proof (eddsa-rdfc-2022), outside any hub");
        var badge = DemoBadge.Create(DemoSkillsLab.IssuerId, DemoSkillsLab.Name, run, time.GetUtcNow(), (DemoSkillsLab.Web, "Ukraine", "UA"));
        var signed = lab.Sign(badge.Credential(), time.GetUtcNow());
        var file = Path.Combine(DemoSkillsLab.Folder(dataRoot), $"badge-{run}.jsonld");
        await File.WriteAllTextAsync(file, signed.ToJsonString(), ct);
        say.Line($"\"{badge.Title}\" ({badge.Summary})");
        say.Detail("proof: JSON-LD → RDF → RDFC-1.0 canonical N-Quads of the credential and of the proof options, SHA-256 each, Ed25519 over both hashes");
        say.Detail($"written to {paths.Shown(file)} ({new FileInfo(file).Length} bytes)");

        await SubmitAsync("hub-lv", LvUniversity, ContentType.VcJsonLd, file,
            SeedRequests.Course($"walk-lv-di-badge-{run}", LvUniversity, "lu-dv-101", "Data visualisation", "6", "5", new SharedCredentialRef()),
            "the badge: the JSON-LD file goes in as an outside credential (VC_JSON_LD)", ct);
        return file;
    }

    private async Task<string> EuropeanDigitalCredentialAsync(string run, CancellationToken ct)
    {
        using var issuer = DemoEuropassIssuer.LoadOrCreate(dataRoot, time.GetUtcNow());
        say.Step($"hub-lv's national centre puts a sealing organisation of European Digital Credentials on its trust list: {DemoEuropassIssuer.Name} (made up for this demo)");
        await RegisterAsync("hub-lv", new Institution
        {
            InstitutionId = DemoEuropassIssuer.InstitutionId,
            CountryCode = "LV",
            Name = English(DemoEuropassIssuer.Name + " (demo issuer)"),
            ShortName = "DEI",
            Kind = InstitutionKind.TrainingProvider,
            Roles = { InstitutionRole.Issuer },
            Active = true,
            OutsideIssuerIds = { DemoEuropassIssuer.IssuerId },
            CertificateRoots = { ByteString.CopyFrom(issuer.RootCertificate.RawData) },
        }, null, ct);
        say.Line($"registry entry {DemoEuropassIssuer.InstitutionId} on hub-lv, outside issuer id {DemoEuropassIssuer.IssuerId}");
        say.Detail($"certificate root: {issuer.RootCertificate.Subject} (SHA-256 {Thumbprint(issuer.RootCertificate)}), {paths.Shown(issuer.RootFile)}");
        say.Detail($"its e-seal certificate: {issuer.SealCertificate.Subject}, issued by the demo CA; the seal key stays with the issuer: {paths.Shown(issuer.SealKeyFile)}");

        say.Step($"{DemoEuropassIssuer.Name} issues a European Digital Credential and seals it (JAdES: JSON serialisation, unencoded payload, x5c)");
        var credential = DemoEuropeanCredential.Create(run, time.GetUtcNow());
        var sealedCredential = issuer.Seal(Encoding.UTF8.GetBytes(credential.Credential.ToJsonString()), time.GetUtcNow());
        var file = Path.Combine(issuer.Folder, $"edc-{run}.jades.json");
        await File.WriteAllTextAsync(file, sealedCredential, ct);
        say.Line($"\"{credential.Title}\" ({credential.Summary})");
        say.Detail($"sealer {DemoEuropassIssuer.IssuerId}, eIDAS identifier {DemoEuropassIssuer.OrganizationIdentifier} = the seal certificate's organizationIdentifier; RS256, b64 false, sigT");
        say.Detail($"written to {paths.Shown(file)} ({new FileInfo(file).Length} bytes)");

        await SubmitAsync("hub-lv", LvUniversity, ContentType.ElmJades, file,
            SeedRequests.Course($"walk-lv-edc-{run}", LvUniversity, "lu-en-410", "Energy systems modelling", "6", "6", new SharedCredentialRef()),
            "the European Digital Credential: the sealed file goes in as an outside credential (ELM_JADES)", ct);
        return file;
    }

    private async Task<string> EmrexTranscriptAsync(string run, CancellationToken ct)
    {
        using var university = DemoEmrexUniversity.LoadOrCreate(dataRoot);
        say.Step($"hub-lv's national centre puts a university that sends EMREX transcripts on its trust list: {DemoEmrexUniversity.Name} (made up for this demo)");
        await RegisterAsync("hub-lv", new Institution
        {
            InstitutionId = DemoEmrexUniversity.InstitutionId,
            CountryCode = "LV",
            Name = English(DemoEmrexUniversity.Name + " (demo issuer)"),
            ShortName = "DEU",
            Kind = InstitutionKind.University,
            Roles = { InstitutionRole.Issuer },
            WebUrl = DemoEmrexUniversity.Web,
            Active = true,
            OutsideIssuerIds = { DemoEmrexUniversity.IssuerId },
        }, new PublicKey { KeyId = DemoEmrexUniversity.KeyId, Algorithm = SignatureAlgorithm.Rs256, Jwk = university.PublicJwk() }, ct);
        say.Line($"registry entry {DemoEmrexUniversity.InstitutionId} on hub-lv, outside issuer id {DemoEmrexUniversity.IssuerId} (its SCHAC code, as EMREX and EWP name it)");
        say.Detail($"RSA-3072 public key {DemoEmrexUniversity.KeyId} added as a JWK (AddSigningKey); the private key stays with the university: {paths.Shown(university.KeyFile)}");

        say.Step($"{DemoEmrexUniversity.Name} sends a learner's transcript of records through EMREX (ELMO XML, enveloped XMLDSig RSA-SHA256)");
        var transcript = DemoElmoTranscript.Create(run, time.GetUtcNow());
        var file = Path.Combine(DemoEmrexUniversity.Folder(dataRoot), $"transcript-{run}.xml");
        await File.WriteAllBytesAsync(file, university.Sign(transcript.Document), ct);
        say.Line($"\"{transcript.Title}\" ({transcript.Summary})");
        say.Detail("one reference over the whole document (URI=\"\"), enveloped-signature + exclusive C14N, SHA-256; the hub takes the key from its trust list, not from KeyInfo");
        say.Detail($"written to {paths.Shown(file)} ({new FileInfo(file).Length} bytes)");

        await SubmitAsync("hub-kz", KzUniversity, ContentType.EmrexElmoXmldsig, file,
            SeedRequests.Course($"walk-kz-elmo-{run}", KzUniversity, "kaznu-exchange-ee", "Exchange semester: energy engineering", "6", "15", new SharedCredentialRef()),
            "the exchange semester: the ELMO file goes in as an outside credential (EMREX_ELMO_XMLDSIG)", ct);
        return file;
    }

    /// <summary>The national centre's registry calls; <c>--keep</c> reuses the data folder, where the entry already exists.</summary>
    private async Task RegisterAsync(string hubId, Institution institution, PublicKey? key, CancellationToken ct)
    {
        var admin = RunningFederation.As(federation.Token(hubId, new HubTokenRequest(federation[hubId].Country.ToLowerInvariant() + "-admin", HubRoles.Admin)), ct);
        var registry = new RegistryService.RegistryServiceClient(federation.Channel(hubId));
        await AllowExistingAsync(registry.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = institution }, admin).ResponseAsync);
        if (key is not null)
        {
            await AllowExistingAsync(registry.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = institution.InstitutionId, Key = key, Activate = true }, admin).ResponseAsync);
        }
    }

    private async Task SubmitAsync(string hubId, string universityId, ContentType format, string file, SubmitRecognitionRequestRequest request, string what, CancellationToken ct)
    {
        say.Step($"{universityId} asks {hubId} to recognise {what}");
        request.Request.Credentials[0] = new CredentialSource
        {
            Outside = new OutsideCredential { Format = format, Document = ByteString.CopyFrom(await File.ReadAllBytesAsync(file, ct)) },
        };
        var recognition = new RecognitionService.RecognitionServiceClient(federation.Channel(hubId));
        var submitted = await recognition.SubmitRecognitionRequestAsync(request,
            RunningFederation.As(CaseFollower.UniversityToken(federation, hubId, universityId), ct));
        say.Line($"case {submitted.CaseId} {Narrator.Name(submitted.Status)}; {hubId} verifies the document itself: no hub issued it");
        var settled = await new CaseFollower(federation, say).FollowAsync(hubId, universityId, submitted, ct);
        switch (settled.Status)
        {
            case CaseStatus.Decided:
                say.Line($"DECIDED by {hubId} ({Narrator.Name(settled.Decision.DecidedBy.Kind)}):");
                say.Decision(settled.Decision);
                break;
            case CaseStatus.InReview:
                say.Line($"REFERRED to the officers of {hubId}: {string.Join(", ", settled.FlaggedCriteria.Select(c => Narrator.Name(c)))}");
                break;
            default:
                say.Line($"case {settled.CaseId} is {Narrator.Name(settled.Status)}");
                break;
        }
    }

    private static string Thumbprint(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) =>
        Convert.ToHexStringLower(SHA256.HashData(certificate.RawData))[..16] + "…";

    private static MultilingualText English(string text) => new() { Values = { new LocalizedText { Language = "en", Text = text } } };

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
