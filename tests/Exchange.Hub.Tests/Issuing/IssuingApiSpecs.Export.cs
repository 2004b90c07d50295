using System.Text;
using System.Text.Json.Nodes;
using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Security.Transport;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Registry;
using Grpc.Core;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Tests.Issuing;

/// <summary>
/// An export checked from outside .NET against the real hub, as a verifier elsewhere checks it: jose verifies the
/// VC-JWT with the hub's served JWKS and issuer id, Ajv validates the credential against the OB 3.0 schema, a tampered
/// copy fails, and after revocation the status list the credential points at says so.
/// </summary>
public sealed partial class IssuingApiSpecs
{
    [Fact]
    public async Task An_export_verifies_with_jose_against_the_served_keys_is_a_valid_OB_3_credential_and_its_revocation_is_published()
    {
        var institution = await RegisterIssuerAsync();
        var issuer = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("i-export", HubRoles.Institution, institution, null, false))));
        var learner = new IssuingService.IssuingServiceClient(Hub.CreateChannel(fixture.Token(new HubTokenRequest("l-export", HubRoles.Learner, null, "L-EXPORT-1", false))));
        var id = (await issuer.IssueCredentialAsync(Samples.IssueRequest(institution, "L-EXPORT-1", "export-1"))).Credential.CredentialId;
        var issuerId = Hub.WebBase.GetLeftPart(UriPartial.Authority);
        var jwks = issuerId + "/.well-known/jwks.json";
        var certificate = Path.Combine(Hub.Settings.EffectiveKeysFolder, ServerCertificate.CertificateFileName);
        using var folder = new TemporaryFolder();

        var exported = await learner.ExportCredentialAsync(new ExportCredentialRequest { CredentialId = id, Format = ContentType.VcJwt });
        Assert.Equal("application/vc+jwt", exported.MediaType);
        var jwt = folder.Write("export.jwt", exported.Document.ToStringUtf8());

        var verified = await NodeScripts.RunTrustingAsync(certificate, "verify-vc-jwt.mjs", jwt, jwks, "--issuer", issuerId);
        Assert.True(verified.ExitCode == 0, verified.ToString());
        var printed = JsonNode.Parse(verified.StdOut)!;
        Assert.Equal(["alg", "kid"], printed["header"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        var payload = printed["payload"]!.AsObject();
        Assert.Equal(issuerId, payload["issuer"]!["id"]!.GetValue<string>());
        Assert.Equal(payload["id"]!.GetValue<string>(), payload["jti"]!.GetValue<string>());
        Assert.Equal($"urn:exchange:{Hub.Settings.HubId}:credential:{id}", payload["jti"]!.GetValue<string>());
        Assert.Equal(payload["credentialSubject"]!["id"]!.GetValue<string>(), payload["sub"]!.GetValue<string>());

        var schema = await NodeScripts.RunAsync("validate-ob3.mjs", NodeScripts.Sample("ob3", "ob_v3p0_achievementcredential_schema.json"), folder.Write("export.json", payload.ToJsonString()));
        Assert.True(schema.ExitCode == 0, schema.ToString());

        var tampered = await NodeScripts.RunTrustingAsync(certificate, "verify-vc-jwt.mjs", folder.Write("tampered.jwt", Tampered(exported.Document.ToStringUtf8())), jwks, "--issuer", issuerId);
        Assert.True(tampered.ExitCode == 1, tampered.ToString());
        Assert.Contains("signature", tampered.StdErr, StringComparison.Ordinal);

        var status = payload["credentialStatus"]!;
        Assert.Equal("BitstringStatusListEntry", status["type"]!.GetValue<string>());
        var list = status["statusListCredential"]!.GetValue<string>();
        var index = status["statusListIndex"]!.GetValue<string>();
        Assert.StartsWith(issuerId + "/status/credentials/", list, StringComparison.Ordinal);
        var before = await NodeScripts.RunTrustingAsync(certificate, "status-bit.mjs", list, jwks, index);
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Equal("clear", before.StdOut.Trim());

        // A second export names the same entry: revoking the credential reaches every copy handed out.
        var again = await learner.ExportCredentialAsync(new ExportCredentialRequest { CredentialId = id, Format = ContentType.VcJwt });
        Assert.True(JsonNode.DeepEquals(status, PayloadOf(again.Document.ToStringUtf8())["credentialStatus"]));

        await issuer.RevokeCredentialAsync(new RevokeCredentialRequest { CredentialId = id, ReasonCode = "issued_in_error", Reason = Text("Issued in error") });

        NodeRun after = before;
        await Eventually.True(async () =>
        {
            after = await NodeScripts.RunTrustingAsync(certificate, "status-bit.mjs", list, jwks, index);
            return after.StdOut.Trim() == "set";
        }, TimeSpan.FromSeconds(30), $"The status list never showed the revocation: {after}");
        var refused = await Assert.ThrowsAsync<RpcException>(() => learner.ExportCredentialAsync(new ExportCredentialRequest { CredentialId = id, Format = ContentType.VcJwt }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
    }

    private static JsonObject PayloadOf(string jws) => JsonNode.Parse(Base64UrlEncoder.Decode(jws.Split('.')[1]))!.AsObject();

    /// <summary>The same JWS with one letter of the credential's name changed and the signature kept.</summary>
    private static string Tampered(string jws)
    {
        var parts = jws.Split('.');
        var payload = PayloadOf(jws);
        payload["name"] = payload["name"]!.GetValue<string>() + "!";
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";
    }

    private sealed class TemporaryFolder : IDisposable
    {
        private readonly string _path = Directory.CreateTempSubdirectory("exchange-export-").FullName;

        public string Write(string name, string content)
        {
            var file = Path.Combine(_path, name);
            File.WriteAllText(file, content);
            return file;
        }

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
