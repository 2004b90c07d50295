using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>
/// How a JAdES-sealed European Digital Credential is verified: the serialisations and payload encodings a seal may
/// use, the seal's signature, the certificate references, the sealing organisation against the credential's issuer,
/// the trust list's roots, and every refusal by name. Each seal is made here with certificates generated for this
/// class.
/// </summary>
public sealed class ElmJadesReaderSpecs
{
    // One sealer for the whole class: three fresh RSA keys per test cost over a second each on a busy 2-core machine;
    // the cases that need another key or certificate make their own sealer.
    private static readonly TestSealer SharedRsa = TestSealer.Rsa();

    private readonly TestSealer _rsa = SharedRsa;

    [Fact]
    public async Task A_minimal_EDC_sealed_by_a_trusted_issuers_certificate_is_valid_and_every_check_is_named_in_order()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal()), _rsa.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(
            [VerificationCheck.EnvelopeFormat, VerificationCheck.HeaderConsistency, VerificationCheck.EmbeddedProof, VerificationCheck.IssuerKeyTrusted,
             VerificationCheck.IssuerQualityAssurance, VerificationCheck.Revocation, VerificationCheck.Expiry, VerificationCheck.ShareGrant, VerificationCheck.RequiredElements],
            read.Verification.Checks.Select(c => c.Check));
        var format = read.Check(VerificationCheck.EnvelopeFormat).Detail;
        Assert.Contains("general JSON serialisation", format, StringComparison.Ordinal);
        Assert.Contains("RS256", format, StringComparison.Ordinal);
        Assert.Contains("b64 false", format, StringComparison.Ordinal);
        Assert.Contains(EdcDocuments.EdcContext, format, StringComparison.Ordinal);
        Assert.Contains(TestSealer.OrganizationIdentifier, read.Check(VerificationCheck.HeaderConsistency).Detail, StringComparison.Ordinal);
        var trusted = read.Check(VerificationCheck.IssuerKeyTrusted);
        Assert.Equal(CheckResult.Passed, trusted.Result);
        Assert.Contains("claimed signing time 2026-11-30T10:00:00", trusted.Detail, StringComparison.Ordinal);
        Assert.Contains("Not checked: the seal's eIDAS qualified status (EU trusted lists), the timestamps, the long-term validation data, the certificates' revocation", trusted.Detail, StringComparison.Ordinal);
        Assert.Contains("states no status", read.Check(VerificationCheck.Revocation).Detail, StringComparison.Ordinal);
        Assert.Equal("http://example.org/credential132", read.Verification.CredentialId);
        Assert.Equal("LV", read.IssuingCountry);
        Assert.NotNull(read.Credential);
    }

    [Fact]
    public async Task A_rich_EDC_maps_once_sealed_with_the_awarding_body_read_apart_from_the_sealer()
    {
        var credential = ElmDocuments.LatvianMicroCredential();
        credential["issuer"] = EdcDocuments.Issuer(TestSealer.OrganizationIdentifier, "Latvian Test University");

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(credential), _rsa.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(ElmDocuments.CredentialId, read.Verification.CredentialId);
        Assert.NotNull(read.Credential!.Level);
        Assert.Equal(2, read.Credential.LearningOutcomes.Count);
        Assert.NotNull(read.Credential.AwardingBody);
        Assert.Equal("LV", read.Credential.IssuerCountry);
    }

    [Theory]
    [InlineData(true, true, true, null)]
    [InlineData(true, false, true, null)]
    [InlineData(true, true, false, null)]
    [InlineData(true, false, false, null)]
    [InlineData(true, true, true, "PS256")]
    [InlineData(true, false, false, "RS512")]
    [InlineData(false, true, true, null)]
    [InlineData(false, false, true, null)]
    [InlineData(false, true, false, null)]
    [InlineData(false, false, false, null)]
    public async Task Both_serialisations_both_payload_encodings_and_RSA_PSS_and_P256_seals_verify(bool rsa, bool general, bool unencoded, string? alg)
    {
        using var p256 = rsa ? null : TestSealer.P256();
        var sealer = p256 ?? _rsa;

        var read = await ElmJadesReaders.ReadAsync(sealer.Seal(EdcDocuments.Fuller(), new SealOptions { General = general, Unencoded = unencoded, Algorithm = alg }), sealer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        var format = read.Check(VerificationCheck.EnvelopeFormat).Detail;
        Assert.Contains(general ? "general" : "flattened", format, StringComparison.Ordinal);
        Assert.Contains(unencoded ? "unencoded payload" : "base64url payload", format, StringComparison.Ordinal);
        Assert.Contains(alg ?? (rsa ? "RS256" : "ES256"), format, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_whose_issuer_is_not_on_the_trust_list_verifies_but_needs_an_officer_naming_the_certificate()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal()));

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        Assert.Equal(CheckResult.Passed, read.Check(VerificationCheck.EmbeddedProof).Result);
        var trusted = read.Check(VerificationCheck.IssuerKeyTrusted);
        Assert.Equal((CheckResult.NeedsReview, "ISSUER_NOT_TRUSTED"), (trusted.Result, trusted.FailureReason));
        Assert.Contains("CN=Test Seal RSA", trusted.Detail, StringComparison.Ordinal);
        Assert.Contains("An officer must judge", trusted.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_whose_root_is_not_the_issuers_registered_root_needs_an_officer()
    {
        using var other = TestSealer.Rsa();

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal()), other.Trusted());

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        var trusted = read.Check(VerificationCheck.IssuerKeyTrusted);
        Assert.Equal((CheckResult.NeedsReview, "ISSUER_NOT_TRUSTED"), (trusted.Result, trusted.FailureReason));
        Assert.Contains("chains to none of its 1 registered roots", trusted.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_signature_of_a_general_serialisation_must_verify()
    {
        using var counter = TestSealer.P256();
        var credential = EdcDocuments.Minimal().ToJsonString();
        var first = JsonNode.Parse(_rsa.Seal(credential))!.AsObject();
        var second = JsonNode.Parse(counter.Seal(credential))!["signatures"]![0]!;
        var both = first.DeepClone().AsObject();
        both["signatures"]!.AsArray().Add(second.DeepClone());
        var broken = first.DeepClone().AsObject();
        var bad = second.DeepClone().AsObject();
        bad["signature"] = first["signatures"]![0]!["signature"]!.GetValue<string>();
        broken["signatures"]!.AsArray().Add(bad);

        var read = await ElmJadesReaders.ReadAsync(both.ToJsonString(), _rsa.Trusted());
        var refused = await ElmJadesReaders.ReadAsync(broken.ToJsonString(), _rsa.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("Each of the 2 signatures verifies", read.Check(VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Invalid, refused.Verification.Verdict);
        Assert.StartsWith("Signature 2 of 2", refused.Check(VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_payload_fails_the_seal_and_nothing_is_mapped()
    {
        var sealedDocument = _rsa.Seal(EdcDocuments.Minimal());
        var tampered = sealedDocument.Replace("some kind of learning achievement", "some kind of learning achievemenT", StringComparison.Ordinal);
        Assert.NotEqual(sealedDocument, tampered);

        var read = await ElmJadesReaders.ReadAsync(tampered, _rsa.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        var proof = read.Check(VerificationCheck.EmbeddedProof);
        Assert.Equal((CheckResult.Failed, "EMBEDDED_PROOF_INVALID"), (proof.Result, proof.FailureReason));
        Assert.Null(read.Credential);
        Assert.Equal(CheckResult.NotApplicable, read.Check(VerificationCheck.Expiry).Result);
    }

    [Fact]
    public async Task A_changed_protected_header_fails_the_seal()
    {
        var document = JsonNode.Parse(_rsa.Seal(EdcDocuments.Minimal()))!.AsObject();
        var entry = document["signatures"]![0]!.AsObject();
        var header = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(entry["protected"]!.GetValue<string>()));
        var changed = header.Replace("10:00:00Z", "10:00:01Z", StringComparison.Ordinal);
        Assert.NotEqual(header, changed);
        entry["protected"] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(changed));

        var read = await ElmJadesReaders.ReadAsync(document.ToJsonString(), _rsa.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Equal("EMBEDDED_PROOF_INVALID", read.Check(VerificationCheck.EmbeddedProof).FailureReason);
    }

    [Fact]
    public async Task A_seal_made_with_another_key_than_its_certificates_fails()
    {
        using var wrong = RSA.Create(2048);

        var read = await ElmJadesReaders.ReadAsync(
            _rsa.Seal(EdcDocuments.Minimal(), new SealOptions { Sign = input => wrong.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1) }), _rsa.Trusted());

        var proof = read.Check(VerificationCheck.EmbeddedProof);
        Assert.Equal((CheckResult.Failed, "EMBEDDED_PROOF_INVALID"), (proof.Result, proof.FailureReason));
        Assert.Contains("does not verify with the certificate it carries", proof.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_certificate_with_an_RSA_key_under_2048_bits_is_refused()
    {
        using var weak = TestSealer.Rsa(leafBits: 1024);

        var read = await ElmJadesReaders.ReadAsync(weak.Seal(EdcDocuments.Minimal()), weak.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        var proof = read.Check(VerificationCheck.EmbeddedProof);
        Assert.Equal((CheckResult.Failed, "SIGNATURE_ALGORITHM_REFUSED"), (proof.Result, proof.FailureReason));
        Assert.Contains("1024 bits", proof.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", "unsecured")]
    [InlineData("HS256", "shared-secret")]
    [InlineData("RS1", "not one of the algorithms")]
    public async Task An_unsecured_shared_secret_or_unknown_algorithm_is_refused_by_name(string alg, string words)
    {
        var read = await ElmJadesReaders.ReadAsync(
            _rsa.Seal(EdcDocuments.Minimal(), new SealOptions { Algorithm = alg, Sign = input => alg == "none" ? [1] : HMACSHA256.HashData(new byte[] { 1, 2, 3 }, input) }), _rsa.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        var format = read.Check(VerificationCheck.EnvelopeFormat);
        Assert.Equal((CheckResult.Failed, "SIGNATURE_ALGORITHM_REFUSED"), (format.Result, format.FailureReason));
        Assert.Contains(words, format.Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_critical_parameter_the_hub_does_not_understand_is_refused_by_name()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(),
            new SealOptions { Protected = new JsonObject { ["crit"] = new JsonArray("b64", "sigT", "urn:example:policy"), ["urn:example:policy"] = "strict" } }), _rsa.Trusted());

        var format = read.Check(VerificationCheck.EnvelopeFormat);
        Assert.Equal((CheckResult.Failed, "UNSUPPORTED_FORMAT"), (format.Result, format.FailureReason));
        Assert.Contains("urn:example:policy", format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_detached_seal_sigD_is_refused_by_name()
    {
        var sigD = new JsonObject { ["mId"] = "http://uri.etsi.org/19182/ObjectIdByURI", ["pars"] = new JsonArray("credential.jsonld"), ["hashM"] = "S256", ["hashV"] = new JsonArray("AA") };

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(),
            new SealOptions { Protected = new JsonObject { ["crit"] = new JsonArray("b64", "sigT", "sigD"), ["sigD"] = sigD } }), _rsa.Trusted());

        var format = read.Check(VerificationCheck.EnvelopeFormat);
        Assert.Equal((CheckResult.Failed, "UNSUPPORTED_FORMAT"), (format.Result, format.FailureReason));
        Assert.Contains("detached (sigD)", format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unencoded_payload_not_marked_critical_is_refused()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(), new SealOptions { Protected = new JsonObject { ["crit"] = new JsonArray("sigT") } }), _rsa.Trusted());

        Assert.Contains("b64 is not listed in crit", read.Check(VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
    }

    [Fact]
    public async Task An_x5t_S256_naming_another_certificate_is_a_header_mismatch()
    {
        using var other = TestSealer.Rsa();

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(),
            new SealOptions { Protected = new JsonObject { ["x5t#S256"] = Base64Url.EncodeToString(SHA256.HashData(other.Leaf.RawData)) } }), _rsa.Trusted());

        var header = read.Check(VerificationCheck.HeaderConsistency);
        Assert.Equal((CheckResult.Failed, "HEADER_MISMATCH"), (header.Result, header.FailureReason));
        Assert.Contains("x5t#S256", header.Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
    }

    [Fact]
    public async Task A_kid_IssuerSerial_naming_another_certificate_is_a_header_mismatch()
    {
        using var other = TestSealer.Rsa();

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(),
            new SealOptions { Protected = new JsonObject { ["kid"] = Convert.ToBase64String(TestSealer.IssuerSerialOf(other.Leaf)) } }), _rsa.Trusted());

        var header = read.Check(VerificationCheck.HeaderConsistency);
        Assert.Equal((CheckResult.Failed, "HEADER_MISMATCH"), (header.Result, header.FailureReason));
        Assert.Contains("kid names the certificate with serial", header.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_whose_issuer_is_not_the_sealing_organisation_is_a_sealer_mismatch_naming_both()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(issuerIdentifier: "VATEE-100000000")), _rsa.Trusted());

        var header = read.Check(VerificationCheck.HeaderConsistency);
        Assert.Equal((CheckResult.Failed, "SEALER_MISMATCH"), (header.Result, header.FailureReason));
        Assert.Contains(TestSealer.OrganizationIdentifier, header.Detail, StringComparison.Ordinal);
        Assert.Contains("VATEE-100000000", header.Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
    }

    [Fact]
    public async Task An_issuer_stating_no_identifier_is_bound_by_its_legal_name_in_any_language_with_a_warning()
    {
        var credential = EdcDocuments.Minimal();
        credential["issuer"]!.AsObject().Remove("eIDASIdentifier");

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(credential), _rsa.Trusted());

        var header = read.Check(VerificationCheck.HeaderConsistency);
        Assert.Equal(CheckResult.Warning, header.Result);
        Assert.Contains("no identifier binds them", header.Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
    }

    [Fact]
    public async Task An_expired_credential_fails_its_expiry()
    {
        var credential = EdcDocuments.Minimal();
        credential["validUntil"] = "2024-09-25T00:00:00";
        credential["expirationDate"] = "2024-09-25T00:00:00";

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(credential), _rsa.Trusted());

        var expiry = read.Check(VerificationCheck.Expiry);
        Assert.Equal((CheckResult.Failed, "CREDENTIAL_EXPIRED"), (expiry.Result, expiry.FailureReason));
    }

    [Fact]
    public async Task A_certificate_that_had_expired_at_the_claimed_signing_time_fails_the_key_check()
    {
        using var expired = TestSealer.Rsa(leafFrom: new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero), leafUntil: new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var read = await ElmJadesReaders.ReadAsync(expired.Seal(EdcDocuments.Minimal()), expired.Trusted());

        var key = read.Check(VerificationCheck.IssuerKeyTrusted);
        Assert.Equal((CheckResult.Failed, "KEY_NOT_VALID"), (key.Result, key.FailureReason));
        Assert.Contains("claimed signing time", key.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_claiming_to_be_made_after_now_fails_the_key_check()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(), new SealOptions { SigningTime = OutsideReaders.Now.AddDays(2) }), _rsa.Trusted());

        var key = read.Check(VerificationCheck.IssuerKeyTrusted);
        Assert.Equal((CheckResult.Failed, "KEY_NOT_VALID"), (key.Result, key.FailureReason));
        Assert.Contains("after now", key.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_without_a_signing_time_is_judged_now()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(), new SealOptions { SigningTime = null }), _rsa.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Contains("the seal claims no signing time", read.Check(VerificationCheck.IssuerKeyTrusted).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_certificate_whose_key_the_issuer_registered_is_trusted_without_a_root()
    {
        var trusted = _rsa.Trusted(keys: [_rsa.LeafKey()]) with { CertificateRoots = [] };

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal()), trusted);

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal("seal-2026", read.Check(VerificationCheck.IssuerKeyTrusted).KeyId);
    }

    [Fact]
    public async Task The_level_the_unprotected_components_announce_is_named_and_said_not_to_be_verified()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(),
            new SealOptions { EtsiU = ["sigTst", "xVals", "rVals", "arcTst"], Protected = new JsonObject { ["adoTst"] = new JsonObject { ["tstTokens"] = new JsonArray() }, ["crit"] = new JsonArray("b64", "sigT", "adoTst") } }),
            _rsa.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        var format = read.Check(VerificationCheck.EnvelopeFormat).Detail;
        Assert.Contains("JAdES-B-LTA", format, StringComparison.Ordinal);
        Assert.Contains("not verified", format, StringComparison.Ordinal);
        Assert.Contains("adoTst", format, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payload_with_a_context_the_hub_does_not_carry_is_refused_naming_it()
    {
        var credential = EdcDocuments.Minimal();
        credential["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", "https://elm.example/context/v9");

        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(credential), _rsa.Trusted());

        var format = read.Check(VerificationCheck.EnvelopeFormat);
        Assert.Equal((CheckResult.Failed, "JSON_LD_CONTEXT_UNKNOWN"), (format.Result, format.FailureReason));
        Assert.Contains("https://elm.example/context/v9", format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_naming_its_certificate_only_by_reference_verifies_with_the_issuers_registered_key()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(), new SealOptions { Certificate = false, Protected = new JsonObject { ["kid"] = "seal-2026" } }),
            _rsa.Trusted(keys: [_rsa.LeafKey()]));

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal("seal-2026", read.Check(VerificationCheck.IssuerKeyTrusted).KeyId);
        Assert.Equal(CheckResult.Warning, read.Check(VerificationCheck.HeaderConsistency).Result);
    }

    [Fact]
    public async Task A_seal_naming_its_certificate_only_by_reference_with_an_unlisted_issuer_fails()
    {
        var read = await ElmJadesReaders.ReadAsync(_rsa.Seal(EdcDocuments.Minimal(), new SealOptions { Certificate = false }));

        Assert.Equal("EMBEDDED_PROOF_INVALID", read.Check(VerificationCheck.EmbeddedProof).FailureReason);
    }

    [Theory]
    [InlineData("not json", "not strict JSON")]
    [InlineData("""{"payload":"e30","signatures":[]}""", "non-empty array")]
    [InlineData("""{"payload":"e30","protected":"e30","signature":"AA","signatures":[{}]}""", "mixes")]
    [InlineData("""{"payload":"e30","signature":"AA"}""", "no protected header")]
    [InlineData("""{"payload":"e30","protected":"eyJhbGciOiJSUzI1NiJ9","header":{"alg":"none"},"signature":"AA"}""", "both protected and unprotected")]
    public async Task A_document_that_is_not_a_JWS_JSON_serialisation_fails_its_format_with_every_check_named(string document, string words)
    {
        var read = await ElmJadesReaders.ReadAsync(document);

        Assert.Equal(9, read.Verification.Checks.Count);
        var format = read.Check(VerificationCheck.EnvelopeFormat);
        Assert.Equal(CheckResult.Failed, format.Result);
        Assert.Contains(words, format.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_over_the_limits_are_refused_unread()
    {
        var signatures = new JsonArray();
        var one = JsonNode.Parse(_rsa.Seal(EdcDocuments.Minimal()))!["signatures"]![0]!;
        for (var i = 0; i < 5; i++)
        {
            signatures.Add(one.DeepClone());
        }

        var many = new JsonObject { ["payload"] = "e30", ["signatures"] = signatures }.ToJsonString();
        var big = "{\"payload\":\"" + new string('a', 1024 * 1024) + "\"}";
        var deep = "{\"payload\":\"e30\",\"protected\":\"e30\",\"signature\":\"AA\",\"x\":" + string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)) + "}";

        Assert.Contains("at most 4 are read", (await ElmJadesReaders.ReadAsync(many)).Check(VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Contains("bytes; at most", (await ElmJadesReaders.ReadAsync(big)).Check(VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Contains("not strict JSON", (await ElmJadesReaders.ReadAsync(deep)).Check(VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        var longChain = new JsonArray(Enumerable.Range(0, 11).Select(_ => (JsonNode?)Convert.ToBase64String(_rsa.Leaf.RawData)).ToArray());
        var tooLong = _rsa.Seal(EdcDocuments.Minimal(), new SealOptions { Protected = new JsonObject { ["x5c"] = longChain } });
        Assert.Contains("1 to 10", (await ElmJadesReaders.ReadAsync(tooLong, _rsa.Trusted())).Check(VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
    }
}
