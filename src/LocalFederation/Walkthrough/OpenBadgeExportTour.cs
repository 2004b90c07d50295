using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.LocalFederation.Launch;

namespace Exchange.LocalFederation.Walkthrough;

/// <summary>
/// What leaves the federation and still verifies: the learner's credential exported as an Open Badges 3.0 VC-JWT that
/// hub-ua signs (ExportCredential over the API), and hub-kz's automatic decision as a credential of its own; both
/// written to files in the run's data folder and checked with jose against the JWKS the signing hub serves.
/// </summary>
internal sealed class OpenBadgeExportTour(RunningFederation federation, JoseCheck jose, string dataRoot, Narrator say)
{
    private const string Learner = "UA-L-000101";

    public string ExportsFolder => Path.Combine(dataRoot, "exports");

    public async Task ExportAsync(string credentialId, CancellationToken ct)
    {
        say.Step("The learner takes the credential out of the federation as an Open Badge 3.0 (ExportCredential: a VC-JWT hub-ua signs)");
        var hub = federation["hub-ua"];
        var learner = RunningFederation.As(federation.Token("hub-ua", new HubTokenRequest("olena", HubRoles.Learner, LearnerId: Learner)), ct);
        var export = await new IssuingService.IssuingServiceClient(federation.Channel("hub-ua")).ExportCredentialAsync(
            new ExportCredentialRequest { CredentialId = credentialId, Format = ContentType.VcJwt }, learner);
        var jwt = export.Document.ToStringUtf8();
        var file = Path.Combine(ExportsFolder, credentialId + ".open-badge.jwt");
        Directory.CreateDirectory(ExportsFolder);
        await File.WriteAllTextAsync(file, jwt, ct);

        var read = CompactJws.Read(jwt);
        var issuer = read.PayloadText("iss");
        say.Line($"written to {jose.Shown(file)} ({export.MediaType}, {export.Document.Length} bytes)");
        say.Detail($"type {string.Join(", ", read.Payload["type"]?.AsArray().Select(t => (string?)t) ?? [])}; issuer {issuer} (hub-ua's web address), " +
                   $"awarded by {read.PayloadText("credentialSubject.achievement.creator.name")}");
        say.Detail($"header {read.Header.ToJsonString()}; keys published at {issuer}/.well-known/jwks.json");
        var statusList = read.PayloadText("credentialStatus.statusListCredential");
        var statusIndex = read.PayloadText("credentialStatus.statusListIndex");
        if (statusList.Length > 0)
        {
            say.Detail($"status: entry {statusIndex} of the signed list {statusList} (marked when the credential is revoked)");
        }

        say.Detail($"the learner's own download: {new Uri(hub.HttpAddress, $"my/credentials/{credentialId}/open-badge.jwt")} (signed in as the learner)");
        if (await jose.VerifyAsync(file, hub, issuer, ct) && statusList.Length > 0)
        {
            await jose.StatusAsync(statusList, statusIndex, hub, issuer, ct);
        }
    }

    /// <summary>hub-kz's automatic decision as the learner carries it: a credential hub-kz signs, verified offline with its keys.</summary>
    public async Task DecisionCredentialAsync(RecognitionDecision? decision, CancellationToken ct)
    {
        say.Step("The learner keeps hub-kz's decision as a credential hub-kz signs (RecognitionDecisionCredential, VC-JWT)");
        if (decision is null || decision.DecisionCredential.Length == 0)
        {
            say.Line("hub-kz's decision carries no decision credential.");
            return;
        }

        var hub = federation["hub-kz"];
        var file = Path.Combine(ExportsFolder, decision.DecisionId + ".decision.jwt");
        Directory.CreateDirectory(ExportsFolder);
        await File.WriteAllTextAsync(file, decision.DecisionCredential, ct);
        var read = CompactJws.Read(decision.DecisionCredential);
        var issuer = read.PayloadText("iss") is { Length: > 0 } iss ? iss : read.PayloadText("issuer.id");
        say.Line($"decision {decision.DecisionId}: written to {jose.Shown(file)}; issuer {issuer} (hub-kz)");
        say.Detail($"outcome {read.PayloadText("credentialSubject.recognition.outcome")}; the learner downloads it from " +
                   $"{new Uri(federation["hub-ua"].HttpAddress, $"my/recognitions/{decision.DecisionId}/decision.jwt")} (signed in as the learner)");
        await jose.VerifyAsync(file, hub, issuer, ct);
    }
}
