using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.VcJwt;

namespace Exchange.Hub.Tests.Outside;

/// <summary>
/// How the VC-JWT reader verifies an outside credential: the layouts it reads, the signatures it accepts, and how it
/// tells a trusted issuer's key from a key that only travels in the document. Every document is signed here with
/// freshly generated keys; nothing is a stored sample with a known answer.
/// </summary>
public sealed class VcJwtReaderSpecs : IDisposable
{
    private readonly OutsideIssuerKeys _issuer = new();

    public void Dispose() => _issuer.Dispose();

    private static Task<ResolvedCredential> Read(string jws, params TrustedIssuer[] trusted) =>
        OutsideReaders.Create(new InMemoryIssuerTrust(trusted)).ReadAsync(Encoding.ASCII.GetBytes(jws), CancellationToken.None);

    private static CheckOutcome Check(ResolvedCredential read, VerificationCheck check) => read.Verification.Checks.Single(c => c.Check == check);

    [Fact]
    public async Task An_OB3_credential_signed_ES256_by_a_trusted_issuer_is_valid_and_every_check_is_named_in_order()
    {
        var read = await Read(_issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId))), _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(
            [VerificationCheck.EnvelopeFormat, VerificationCheck.HeaderConsistency, VerificationCheck.EmbeddedProof, VerificationCheck.IssuerKeyTrusted,
             VerificationCheck.IssuerQualityAssurance, VerificationCheck.Revocation, VerificationCheck.Expiry, VerificationCheck.ShareGrant, VerificationCheck.RequiredElements],
            read.Verification.Checks.Select(c => c.Check));
        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.IssuerKeyTrusted).Result);
        Assert.Equal(OutsideIssuerKeys.EcKeyId, Check(read, VerificationCheck.IssuerKeyTrusted).KeyId);
        Assert.Contains("states no status", Check(read, VerificationCheck.Revocation).Detail, StringComparison.Ordinal);
        Assert.Equal(OutsideDocuments.CredentialId, read.Verification.CredentialId);
        Assert.Equal("", read.Verification.IssuingHubId);
        Assert.Equal("LV", read.IssuingCountry);
        Assert.Empty(read.Envelope.Payload);
        Assert.Equal("Data analysis", read.Credential!.Title[0].Text);
    }

    [Fact]
    public async Task An_RS256_signature_with_a_trusted_2048_bit_key_is_valid()
    {
        var read = await Read(_issuer.SignRs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId))), _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(OutsideIssuerKeys.RsaKeyId, Check(read, VerificationCheck.EmbeddedProof).KeyId);
    }

    [Fact]
    public async Task The_VC_1_1_vc_claim_layout_is_read_with_the_claims_standing_in_for_issuer_id_and_dates()
    {
        var read = await Read(_issuer.SignEs256(OutsideDocuments.VcClaimPayload(_issuer.IssuerId)), _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("vc claim", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Equal(OutsideDocuments.CredentialId, read.Credential!.Id);
        Assert.Equal(new DateOnly(2026, 6, 30), read.Credential.IssueDate);
        Assert.Equal(OutsideDocuments.SubjectId, read.Credential.Learner!.Identifier);
    }

    [Fact]
    public async Task A_VC_JOSE_credential_with_typ_vc_jwt_and_no_claims_is_read_as_the_payload()
    {
        var jws = _issuer.SignEs256(OutsideDocuments.Badge(_issuer.IssuerId), new JsonObject { ["typ"] = "vc+jwt", ["cty"] = "vc" });

        var read = await Read(jws, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("no registered JWT claims", Check(read, VerificationCheck.HeaderConsistency).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_payload_fails_the_embedded_proof_and_nothing_is_mapped()
    {
        var jws = _issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)));
        var parts = jws.Split('.');
        var payload = JsonNode.Parse(Convert.FromBase64String(Pad(parts[1])))!.AsObject();
        payload["credentialSubject"]!["creditsEarned"] = 60;
        var tampered = parts[0] + "." + OutsideIssuerKeys.B64(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];

        var read = await Read(tampered, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal("EMBEDDED_PROOF_INVALID", Check(read, VerificationCheck.EmbeddedProof).FailureReason);
        Assert.Null(read.Credential);
    }

    [Theory]
    [InlineData("none", "unsecured")]
    [InlineData("HS256", "shared-secret")]
    [InlineData("ES384", "not ES256 or RS256")]
    public async Task An_algorithm_other_than_ES256_or_RS256_fails_the_embedded_proof(string alg, string words)
    {
        var payload = OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId));
        var secret = _issuer.EcKey.ExportSubjectPublicKeyInfo();
        var jws = OutsideIssuerKeys.Sign(payload, new JsonObject { ["alg"] = alg, ["kid"] = OutsideIssuerKeys.EcKeyId },
            input => alg == "none" ? [] : HMACSHA256.HashData(secret, input));
        if (alg == "none")
        {
            jws = jws.TrimEnd('.') + ".";
        }

        var read = await Read(jws, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        var proof = Check(read, VerificationCheck.EmbeddedProof);
        Assert.Equal(CheckResult.Failed, proof.Result);
        Assert.Contains(words, proof.Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task An_expired_credential_fails_the_expiry_check()
    {
        var badge = OutsideDocuments.Badge(_issuer.IssuerId, validUntil: OutsideReaders.Now.AddDays(-1));

        var read = await Read(_issuer.SignEs256(OutsideDocuments.Ob3Payload(badge)), _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Equal("CREDENTIAL_EXPIRED", Check(read, VerificationCheck.Expiry).FailureReason);
    }

    [Fact]
    public async Task A_credential_not_yet_valid_fails_the_expiry_check_by_name()
    {
        var badge = OutsideDocuments.Badge(_issuer.IssuerId);
        badge["validFrom"] = "2027-01-01T00:00:00Z";

        var read = await Read(_issuer.SignEs256(OutsideDocuments.Ob3Payload(badge)), _issuer.Trusted());

        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.Expiry).Result);
        Assert.Contains("Not yet valid", Check(read, VerificationCheck.Expiry).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_that_contradict_the_credential_fail_header_consistency()
    {
        var payload = OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId));
        payload["sub"] = "did:example:someone-else";

        var read = await Read(_issuer.SignEs256(payload), _issuer.Trusted());

        Assert.Equal("HEADER_MISMATCH", Check(read, VerificationCheck.HeaderConsistency).FailureReason);
        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
    }

    [Fact]
    public async Task A_key_in_the_jwk_header_verifies_the_signature_but_the_issuer_needs_an_officer()
    {
        var jws = _issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)), new JsonObject { ["jwk"] = _issuer.EcJwk() });

        var read = await Read(jws);

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal(CheckResult.NeedsReview, Check(read, VerificationCheck.IssuerKeyTrusted).Result);
        Assert.Equal("ISSUER_NOT_TRUSTED", Check(read, VerificationCheck.IssuerKeyTrusted).FailureReason);
        Assert.Equal(CheckResult.NotApplicable, Check(read, VerificationCheck.IssuerQualityAssurance).Result);
        Assert.NotNull(read.Credential);
    }

    [Fact]
    public async Task A_did_key_issuer_verifies_with_its_own_P256_key_and_needs_an_officer()
    {
        var p = _issuer.EcKey.ExportParameters(false);
        var did = DidKey.ForP256(p.Q.X!, p.Q.Y!);
        var payload = OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(did));

        var read = await Read(OutsideIssuerKeys.Sign(payload, new JsonObject { ["alg"] = "ES256", ["kid"] = did + "#" + did[DidKey.Prefix.Length..] },
            input => _issuer.EcKey.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)));

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        Assert.Contains("did:key", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Equal("ISSUER_NOT_TRUSTED", Check(read, VerificationCheck.IssuerKeyTrusted).FailureReason);
    }

    [Fact]
    public async Task A_did_key_of_another_key_fails_the_signature()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = other.ExportParameters(false);
        var did = DidKey.ForP256(p.Q.X!, p.Q.Y!);

        var read = await Read(_issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(did))));

        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.EmbeddedProof).Result);
    }

    [Fact]
    public async Task An_Ed25519_did_key_is_named_as_unsupported_for_a_JWT()
    {
        // multicodec ed25519-pub (0xed 0x01) + 32 bytes, base58btc: the did:key spec's first example.
        const string Ed25519 = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

        var read = await Read(_issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(Ed25519))));

        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Contains("Ed25519", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_x5c_chain_to_a_root_registered_for_the_issuer_is_trusted()
    {
        using var root = Certificates.Root("CN=Example Root");
        using var leaf = Certificates.Leaf(root, _issuer.EcKey, "CN=Example University seal");
        var jws = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)),
            new JsonObject { ["alg"] = "ES256", ["x5c"] = new JsonArray(Convert.ToBase64String(leaf.RawData)) },
            input => _issuer.EcKey.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        var trusted = _issuer.Trusted(roots: [X509CertificateLoader.LoadCertificate(root.RawData)]) with { Keys = [] };

        var read = await Read(jws, trusted);

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("chains to a root registered", Check(read, VerificationCheck.IssuerKeyTrusted).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_x5c_chain_to_an_unknown_root_verifies_the_signature_but_needs_an_officer()
    {
        using var root = Certificates.Root("CN=Unknown Root");
        using var leaf = Certificates.Leaf(root, _issuer.EcKey, "CN=Somebody");
        var jws = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge("https://unknown.example.org")),
            new JsonObject { ["alg"] = "ES256", ["x5c"] = new JsonArray(Convert.ToBase64String(leaf.RawData), Convert.ToBase64String(root.RawData)) },
            input => _issuer.EcKey.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        var read = await Read(jws, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        Assert.Equal("ISSUER_NOT_TRUSTED", Check(read, VerificationCheck.IssuerKeyTrusted).FailureReason);
    }

    [Fact]
    public async Task A_certificate_of_another_root_under_a_trusted_issuers_name_fails()
    {
        using var registered = Certificates.Root("CN=Registered Root");
        using var foreign = Certificates.Root("CN=Foreign Root");
        using var forger = new OutsideIssuerKeys(_issuer.IssuerId);
        using var leaf = Certificates.Leaf(foreign, forger.EcKey, "CN=Example University seal");
        var jws = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)),
            new JsonObject { ["alg"] = "ES256", ["x5c"] = new JsonArray(Convert.ToBase64String(leaf.RawData), Convert.ToBase64String(foreign.RawData)) },
            input => forger.EcKey.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        var read = await Read(jws, _issuer.Trusted(roots: [X509CertificateLoader.LoadCertificate(registered.RawData)]));

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Equal("EMBEDDED_PROOF_INVALID", Check(read, VerificationCheck.EmbeddedProof).FailureReason);
    }

    [Theory]
    [InlineData("https://badges.example.edu/keys#key-es256", "JWT")]
    [InlineData("key-es256", "application/vc+jwt")]
    public async Task A_kid_naming_the_registered_key_by_fragment_and_an_OB_or_VC_JOSE_typ_are_read(string kid, string typ)
    {
        var jws = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)), new JsonObject { ["alg"] = "ES256", ["kid"] = kid, ["typ"] = typ },
            input => _issuer.EcKey.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        var read = await Read(jws, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(OutsideIssuerKeys.EcKeyId, Check(read, VerificationCheck.IssuerKeyTrusted).KeyId);
    }

    /// <summary>
    /// A document naming a trusted issuer but signed with a key that issuer never registered fails rather than going to
    /// an officer: "signature valid, issuer not proven" would otherwise let anyone sign under a trusted issuer's name
    /// with a key of their own (in a jwk header here) and have it read as the trusted institution's.
    /// </summary>
    [Fact]
    public async Task A_kid_unknown_for_a_trusted_issuer_fails_even_when_a_key_in_the_document_verifies()
    {
        using var forger = new OutsideIssuerKeys(_issuer.IssuerId);
        var jws = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)),
            new JsonObject { ["alg"] = "ES256", ["kid"] = "key-new", ["jwk"] = forger.EcJwk() },
            input => forger.EcKey.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        var read = await Read(jws, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Equal("EMBEDDED_PROOF_INVALID", Check(read, VerificationCheck.EmbeddedProof).FailureReason);
        Assert.Contains("none of its 2 registered keys", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_kid_the_trusted_issuers_registered_keys_are_tried()
    {
        var jws = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)), new JsonObject { ["alg"] = "RS256" },
            input => _issuer.RsaKey.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        var read = await Read(jws, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
    }

    [Fact]
    public async Task A_trusted_key_revoked_before_the_credential_was_signed_fails_key_trust()
    {
        var trusted = _issuer.Trusted();
        trusted = trusted with { Keys = [trusted.Keys[0] with { RevokedAt = OutsideDocuments.ValidFrom.AddDays(-1) }, trusted.Keys[1]] };

        var read = await Read(_issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId))), trusted);

        Assert.Equal("KEY_NOT_VALID", Check(read, VerificationCheck.IssuerKeyTrusted).FailureReason);
        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
    }

    [Fact]
    public async Task A_high_S_ES256_signature_is_accepted_as_JOSE_verifiers_do()
    {
        var jws = _issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)));
        var parts = jws.Split('.');
        var signature = Convert.FromBase64String(Pad(parts[2]));
        var n = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        var s = new BigInteger(signature.AsSpan(32), isUnsigned: true, isBigEndian: true);
        var twin = (n - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var highS = signature[..32].Concat(new byte[32 - twin.Length]).Concat(twin).ToArray();

        var read = await Read(parts[0] + "." + parts[1] + "." + OutsideIssuerKeys.B64(highS), _issuer.Trusted());

        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
    }

    [Fact]
    public async Task An_untrusted_issuer_without_a_key_in_the_document_cannot_be_verified()
    {
        var read = await Read(_issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId))));

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Contains("carries no key", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_RSA_key_in_the_jwk_header_is_refused()
    {
        using var weak = RSA.Create(1024);
        var p = weak.ExportParameters(false);
        var jws = OutsideIssuerKeys.Sign(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)),
            new JsonObject { ["alg"] = "RS256", ["jwk"] = new JsonObject { ["kty"] = "RSA", ["n"] = OutsideIssuerKeys.B64(p.Modulus!), ["e"] = OutsideIssuerKeys.B64(p.Exponent!) } },
            input => weak.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        var read = await Read(jws);

        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Contains("1024 bits", Check(read, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RefusedHeaders => new()
    {
        { """{"alg":"ES256","kid":"key-es256","crit":["exp"]}""", "critical" },
        { """{"alg":"ES256","kid":"key-es256","b64":false,"crit":["b64"]}""", "critical" },
        { """{"alg":"ES256","kid":"key-es256","b64":false}""", "unencoded" },
        { """{"alg":"ES256","typ":"vc+sd-jwt"}""", "typ" },
        { """{"alg":"ES256","cty":"JWT"}""", "cty" },
        { """{"alg":"ES256","jwk":{"kty":"EC","crv":"P-256","x":"AA","y":"AA","d":"AA"}}""", "private" },
        { """{"alg":"ES256","alg":"none"}""", "strict JSON" },
        { """{"kid":"key-es256"}""", "no algorithm" },
    };

    [Theory]
    [MemberData(nameof(RefusedHeaders))]
    public async Task A_header_the_hub_cannot_honour_fails_the_format_check(string header, string words)
    {
        var jws = OutsideIssuerKeys.B64(Encoding.UTF8.GetBytes(header)) + "."
            + OutsideIssuerKeys.B64(Encoding.UTF8.GetBytes(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId)).ToJsonString())) + ".AAAA";

        var read = await Read(jws, _issuer.Trusted());

        var format = Assert.Single(read.Verification.Checks);
        Assert.Equal(VerificationCheck.EnvelopeFormat, format.Check);
        Assert.Equal(CheckResult.Failed, format.Result);
        Assert.Contains(words, format.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("two.parts")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9=.e30.AAAA")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.e30.AA+A")]
    [InlineData("")]
    public async Task Anything_but_a_strict_compact_JWS_fails_the_format_check(string document)
    {
        var read = await Read(document, _issuer.Trusted());

        Assert.Equal(CheckResult.Failed, Assert.Single(read.Verification.Checks).Result);
    }

    [Fact]
    public async Task A_document_over_one_MiB_is_refused_before_it_is_parsed()
    {
        var read = await Read(new string('a', CompactJws.MaximumBytes + 1));

        Assert.Contains("at most", Assert.Single(read.Verification.Checks).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payload_nested_deeper_than_the_limit_is_refused()
    {
        var payload = OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId));
        JsonNode deep = "x";
        for (var i = 0; i < 60; i++)
        {
            deep = new JsonArray(deep);
        }

        payload["evidence"] = deep;

        var read = await Read(_issuer.SignEs256(payload), _issuer.Trusted());

        Assert.Equal(CheckResult.Failed, Assert.Single(read.Verification.Checks).Result);
    }

    [Fact]
    public async Task The_importer_dispatches_VC_JWT_to_the_reader()
    {
        var importer = new OutsideCredentialImporter([OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted()))], TimeProvider.System);

        var read = await importer.ImportAsync(OutsideFormat.VcJwt,
            Encoding.ASCII.GetBytes(_issuer.SignEs256(OutsideDocuments.Ob3Payload(OutsideDocuments.Badge(_issuer.IssuerId))) + "\n"), CancellationToken.None);

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }
}

/// <summary>Certificates made on the spot for the x5c specs.</summary>
internal static class Certificates
{
    public static X509Certificate2 Root(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public static X509Certificate2 Leaf(X509Certificate2 root, ECDsa key, string subject)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        return request.Create(root, new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3, 4]);
    }
}
