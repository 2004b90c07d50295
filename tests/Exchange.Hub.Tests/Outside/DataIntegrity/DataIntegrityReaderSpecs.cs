using System.Text;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.DataIntegrity;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.DataIntegrity;

/// <summary>
/// How the Data Integrity reader verifies an outside credential with an eddsa-rdfc-2022 proof: every check named in
/// the VC-JWT reader's order, the key found on the trust list (the hub fetches none) or in a did:key, and each way a
/// document can be wrong reported as the check it breaks. Documents are signed here with fresh keys, except the
/// published OB 3.0 test vector.
/// </summary>
public sealed class DataIntegrityReaderSpecs : IDisposable
{
    private const string VectorIssuer = "https://example.edu/issuers/565049";
    private const string VectorMethod = VectorIssuer + "#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    private const string VectorPublicKey = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5";

    private readonly DataIntegrityIssuer _issuer = new();

    public void Dispose() => _issuer.Dispose();

    private static Task<ResolvedCredential> Read(JsonNode document, params TrustedIssuer[] trusted) =>
        Read(Encoding.UTF8.GetBytes(document.ToJsonString()), trusted);

    private static Task<ResolvedCredential> Read(byte[] document, params TrustedIssuer[] trusted) =>
        OutsideReaders.CreateDataIntegrity(new InMemoryIssuerTrust(trusted)).ReadAsync(document, CancellationToken.None);

    private static CheckOutcome Check(ResolvedCredential read, VerificationCheck check) => read.Verification.Checks.Single(c => c.Check == check);

    private static TrustedIssuer VectorIssuerTrusted() =>
        new(VectorIssuer, "US-EXAMPLE", "Example Corp", "LV", "hub-lv",
            [new TrustedIssuerKey(VectorMethod, Ed25519Spki.FromRaw(Convert.FromHexString(VectorPublicKey)), null, null, null)], [], null);

    private static byte[] Vector() => File.ReadAllBytes(NodeScripts.Sample("ob3", "testvector-eddsa-rdfc-2022.signed.json"));

    [Fact]
    public async Task The_published_test_vector_is_valid_when_its_key_is_registered_for_the_issuer_and_every_check_is_named_in_order()
    {
        var read = await Read(Vector(), VectorIssuerTrusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(
            [VerificationCheck.EnvelopeFormat, VerificationCheck.HeaderConsistency, VerificationCheck.EmbeddedProof, VerificationCheck.IssuerKeyTrusted,
             VerificationCheck.IssuerQualityAssurance, VerificationCheck.Revocation, VerificationCheck.Expiry, VerificationCheck.ShareGrant, VerificationCheck.RequiredElements],
            read.Verification.Checks.Select(c => c.Check));
        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.IssuerKeyTrusted).Result);
        Assert.Equal(VectorMethod, Check(read, VerificationCheck.IssuerKeyTrusted).KeyId);
        Assert.Contains("eddsa-rdfc-2022", Check(read, VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Equal("http://example.com/credentials/3527", read.Verification.CredentialId);
        Assert.NotNull(read.Credential);
    }

    [Fact]
    public async Task The_published_test_vector_from_an_issuer_the_trust_list_does_not_hold_cannot_be_checked_and_needs_review()
    {
        var read = await Read(Vector());

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        var proof = Check(read, VerificationCheck.EmbeddedProof);
        Assert.Equal(CheckResult.NeedsReview, proof.Result);
        Assert.Equal("ISSUER_NOT_TRUSTED", proof.FailureReason);
        Assert.Contains("fetches no keys", proof.Detail, StringComparison.Ordinal);
        Assert.Equal(CheckResult.NeedsReview, Check(read, VerificationCheck.IssuerKeyTrusted).Result);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_badge_signed_by_a_trusted_issuer_is_valid_and_mapped()
    {
        var read = await Read(_issuer.Sign(_issuer.Badge()), _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal("LV", read.IssuingCountry);
        Assert.Equal("Data analysis", read.Credential!.Title[0].Text);
        Assert.Equal(OutsideDocuments.CredentialId, read.Verification.CredentialId);
        Assert.Contains("states no status", Check(read, VerificationCheck.Revocation).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_did_key_issuer_not_on_the_trust_list_has_its_proof_checked_but_needs_review()
    {
        using var didIssuer = new DataIntegrityIssuer(issuerId: null);

        var read = await Read(didIssuer.Sign(didIssuer.Badge()));

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal(CheckResult.NeedsReview, Check(read, VerificationCheck.IssuerKeyTrusted).Result);
        Assert.Equal("ISSUER_NOT_TRUSTED", Check(read, VerificationCheck.IssuerKeyTrusted).FailureReason);
    }

    [Fact]
    public async Task A_did_key_issuer_whose_did_is_on_the_trust_list_is_trusted()
    {
        using var didIssuer = new DataIntegrityIssuer(issuerId: null);

        var read = await Read(didIssuer.Sign(didIssuer.Badge()), didIssuer.Trusted() with { Keys = [] });

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.IssuerKeyTrusted).Result);
    }

    /// <summary>Changes made to a signed credential; each breaks the proof.</summary>
    public static TheoryData<string> Tampering => ["changed name", "added property", "changed subject", "changed proof date", "changed context order"];

    private static void Tamper(JsonObject signed, string how)
    {
        switch (how)
        {
            case "changed name": signed["name"] = "Data analysis micro-credential (with honours)"; break;
            case "added property": signed["description"] = "Awarded with honours."; break;
            case "changed subject": ((JsonObject)signed["credentialSubject"]!)["id"] = "did:example:someone-else"; break;
            case "changed proof date": signed["proof"]!["created"] = "2026-07-02T09:30:00Z"; break;
            default:
                var contexts = (JsonArray)signed["@context"]!;
                var first = contexts[0]!.GetValue<string>();
                contexts[0] = contexts[1]!.GetValue<string>();
                contexts[1] = first;
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task A_tampered_credential_is_invalid_and_not_mapped(string how)
    {
        var signed = _issuer.Sign(_issuer.Badge());
        Tamper(signed, how);

        var read = await Read(signed, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Null(read.Credential);
        var failed = read.Verification.Checks.First(c => c.Result == CheckResult.Failed);
        Assert.Equal(how == "changed context order" ? VerificationCheck.EnvelopeFormat : VerificationCheck.EmbeddedProof, failed.Check);
        Assert.Equal("EMBEDDED_PROOF_INVALID", failed.FailureReason);
    }

    [Theory]
    [InlineData("grade", "A", "$.credentialSubject.grade")]
    [InlineData("achievement", null, "$.credentialSubject.achievement.id")]
    public async Task A_member_JSON_LD_drops_is_refused_as_the_proof_does_not_cover_it(string member, string? value, string path)
    {
        // An undefined term (the OB 3.0 subject's context has no @vocab) or a relative id is dropped by JSON-LD, so
        // the signature would still verify while a reader of the JSON sees the added value.
        var signed = _issuer.Sign(_issuer.Badge());
        var subject = (JsonObject)signed["credentialSubject"]!;
        if (value is null)
        {
            subject[member]!["id"] = "achievements/7";
        }
        else
        {
            subject[member] = value;
        }

        var read = await Read(signed, _issuer.Trusted());

        var format = Check(read, VerificationCheck.EnvelopeFormat);
        Assert.Equal(CheckResult.Failed, format.Result);
        Assert.Contains($"JSON-LD drops {path}", format.Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_proof_made_with_another_key_than_the_registered_one_it_names_fails()
    {
        using var impostor = new DataIntegrityIssuer();
        var signed = impostor.Sign(impostor.Badge(), p => p["verificationMethod"] = _issuer.VerificationMethod);

        var read = await Read(signed, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Equal("EMBEDDED_PROOF_INVALID", Check(read, VerificationCheck.EmbeddedProof).FailureReason);
        Assert.Equal(CheckResult.NotApplicable, Check(read, VerificationCheck.IssuerKeyTrusted).Result);
    }

    [Fact]
    public async Task A_did_key_proof_that_does_not_verify_with_its_own_key_fails()
    {
        using var didIssuer = new DataIntegrityIssuer(issuerId: null);
        var signed = didIssuer.Sign(didIssuer.Badge());
        signed["name"] = "Another badge";

        var read = await Read(signed);

        Assert.Equal(CheckResult.Failed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal("EMBEDDED_PROOF_INVALID", Check(read, VerificationCheck.EmbeddedProof).FailureReason);
    }

    public static TheoryData<string, string> Misfits => new()
    {
        { "verificationMethod", "https://other.example/issuers/9#key-1" },
        { "proofPurpose", "authentication" },
        { "created", "2027-01-01T00:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Misfits))]
    public async Task A_proof_that_does_not_fit_the_credential_is_a_header_mismatch(string member, string value)
    {
        var signed = _issuer.Sign(_issuer.Badge(), p => p[member] = value);

        var read = await Read(signed, _issuer.Trusted());

        var header = Check(read, VerificationCheck.HeaderConsistency);
        Assert.Equal(CheckResult.Failed, header.Result);
        Assert.Equal("HEADER_MISMATCH", header.FailureReason);
        Assert.Equal(CheckResult.NotApplicable, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Null(read.Credential);
    }

    /// <summary>An ecdsa-rdfc-2019 proof made here with a P-256 key over the same canonical data.</summary>
    private static JsonObject SignP256(JsonObject credential, System.Security.Cryptography.ECDsa key, string method)
    {
        var proof = new JsonObject
        {
            ["type"] = "DataIntegrityProof",
            ["created"] = "2026-07-01T09:30:00Z",
            ["verificationMethod"] = method,
            ["cryptosuite"] = "ecdsa-rdfc-2019",
            ["proofPurpose"] = "assertionMethod",
        };
        var data = RdfcSignedData.Of(credential, proof, Exchange.Hub.Credentials.Outside.Linked.JsonLdContexts.Bundled);
        proof["proofValue"] = EddsaRdfc2022.ProofValue(key.SignData(data, System.Security.Cryptography.HashAlgorithmName.SHA256,
            System.Security.Cryptography.DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        var signed = (JsonObject)credential.DeepClone();
        signed["proof"] = proof;
        return signed;
    }

    [Fact]
    public async Task An_ecdsa_rdfc_2019_proof_with_a_registered_P256_key_is_valid_and_a_changed_one_is_not()
    {
        using var keys = new OutsideIssuerKeys(DataIntegrityIssuer.HttpsIssuer);
        var signed = SignP256(_issuer.Badge(), keys.EcKey, DataIntegrityIssuer.HttpsIssuer + "#" + OutsideIssuerKeys.EcKeyId);

        var read = await Read(signed, keys.Trusted());
        signed["name"] = "Changed after signing";
        var changed = await Read(signed, keys.Trusted());

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        Assert.Equal(OutsideIssuerKeys.EcKeyId, Check(read, VerificationCheck.IssuerKeyTrusted).KeyId);
        Assert.Equal("EMBEDDED_PROOF_INVALID", Check(changed, VerificationCheck.EmbeddedProof).FailureReason);
    }

    [Fact]
    public async Task An_ecdsa_rdfc_2019_proof_by_a_P256_did_key_verifies_and_needs_review_when_the_did_is_not_listed()
    {
        using var keys = new OutsideIssuerKeys();
        var point = keys.EcKey.ExportParameters(false).Q;
        var did = Exchange.Hub.Credentials.Outside.VcJwt.DidKey.ForP256(point.X!, point.Y!);
        var badge = OutsideDocuments.Badge(did);
        ((JsonObject)badge["credentialSubject"]!["achievement"]!).Remove("creditSystem");

        var read = await Read(SignP256(badge, keys.EcKey, did + "#" + did["did:key:".Length..]));

        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
    }

    [Theory]
    [InlineData("DataIntegrityProof", "ecdsa-sd-2023")]
    [InlineData("DataIntegrityProof", "eddsa-2022")]
    [InlineData("DataIntegrityProof", "eddsa-jcs-2022")]
    [InlineData("Ed25519Signature2020", null)]
    public async Task A_suite_the_hub_does_not_verify_is_named_and_needs_review(string type, string? cryptosuite)
    {
        var signed = _issuer.Badge();
        signed["proof"] = new JsonObject
        {
            ["type"] = type,
            ["cryptosuite"] = cryptosuite,
            ["created"] = "2026-07-01T09:30:00Z",
            ["verificationMethod"] = _issuer.VerificationMethod,
            ["proofPurpose"] = "assertionMethod",
            ["proofValue"] = "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr",
        };
        if (cryptosuite is null)
        {
            ((JsonObject)signed["proof"]!).Remove("cryptosuite");
        }

        var read = await Read(signed, _issuer.Trusted());

        Assert.Equal(VerificationVerdict.NeedsReview, read.Verification.Verdict);
        var proof = Check(read, VerificationCheck.EmbeddedProof);
        Assert.Equal(CheckResult.NeedsReview, proof.Result);
        Assert.Contains($"suite {cryptosuite ?? type} is not verified by this hub", proof.Detail, StringComparison.Ordinal);
        Assert.Null(read.Credential);
    }

    [Fact]
    public async Task A_context_the_hub_does_not_carry_is_named_and_the_document_is_not_read()
    {
        var signed = _issuer.Sign(_issuer.Badge());
        ((JsonArray)signed["@context"]!).Add("https://contexts.example.org/private-v1.jsonld");

        var read = await Read(signed, _issuer.Trusted());

        var format = Check(read, VerificationCheck.EnvelopeFormat);
        Assert.Equal(CheckResult.Failed, format.Result);
        Assert.Equal("JSON_LD_CONTEXT_UNKNOWN", format.FailureReason);
        Assert.Contains("https://contexts.example.org/private-v1.jsonld", format.Detail, StringComparison.Ordinal);
        Assert.Single(read.Verification.Checks);
    }

    [Fact]
    public async Task Documents_over_the_bounds_are_refused_by_the_format_check()
    {
        var large = _issuer.Sign(_issuer.Badge());
        large["description"] = new string('x', DataIntegrityReader.MaximumBytes);
        var deep = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            deep.Append("{\"a\":");
        }

        deep.Append('1').Append('}', 100);

        foreach (var document in new[] { Encoding.UTF8.GetBytes(large.ToJsonString()), Encoding.UTF8.GetBytes(deep.ToString()), "[1]"u8.ToArray(), "not json"u8.ToArray() })
        {
            var read = await Read(document, _issuer.Trusted());
            Assert.Equal(CheckResult.Failed, Assert.Single(read.Verification.Checks).Result);
        }
    }

    [Fact]
    public async Task Many_indistinguishable_blank_nodes_stop_canonicalisation_at_its_bound()
    {
        // A credential whose subject links 14 blank nodes each to all others: RDFC-1.0's N-degree hashing is
        // factorial on it, so the bound must end it, as a failed format check.
        var badge = _issuer.Badge();
        var nodes = new JsonArray();
        for (var i = 0; i < 14; i++)
        {
            var links = new JsonArray();
            for (var j = 0; j < 14; j++)
            {
                if (j != i)
                {
                    links.Add(new JsonObject { ["id"] = $"_:k{j}" });
                }
            }

            nodes.Add(new JsonObject { ["id"] = $"_:k{i}", ["https://example.org/linkedTo"] = links });
        }

        ((JsonObject)badge["credentialSubject"]!)["https://example.org/network"] = nodes;
        badge["proof"] = _issuer.Sign(_issuer.Badge())["proof"]!.DeepClone();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var read = await Read(badge, _issuer.Trusted());

        var format = Check(read, VerificationCheck.EnvelopeFormat);
        Assert.Equal(CheckResult.Failed, format.Result);
        Assert.Contains("limit exceeded", format.Detail, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task An_expired_credential_has_a_valid_proof_and_fails_the_expiry_check()
    {
        var read = await Read(_issuer.Sign(_issuer.Badge(validUntil: OutsideReaders.Now.AddDays(-1))), _issuer.Trusted());

        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        Assert.Equal("CREDENTIAL_EXPIRED", Check(read, VerificationCheck.Expiry).FailureReason);
    }

    [Fact]
    public async Task A_VC_1_1_credential_is_read_with_issuanceDate_and_expirationDate()
    {
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", "https://w3id.org/security/data-integrity/v2"),
            ["id"] = "urn:uuid:8d4f2b8e-2c61-4a43-9d0a-4a3c7c8c1f11",
            ["type"] = new JsonArray("VerifiableCredential"),
            ["issuer"] = _issuer.IssuerId,
            ["issuanceDate"] = "2025-01-01T00:00:00Z",
            ["expirationDate"] = "2026-01-01T00:00:00Z",
            ["credentialSubject"] = new JsonObject { ["id"] = OutsideDocuments.SubjectId },
        };

        var read = await Read(_issuer.Sign(credential), _issuer.Trusted());

        Assert.Equal(CheckResult.Passed, Check(read, VerificationCheck.EmbeddedProof).Result);
        var expiry = Check(read, VerificationCheck.Expiry);
        Assert.Equal("CREDENTIAL_EXPIRED", expiry.FailureReason);
        Assert.Contains("2026-01-01", expiry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CLR_with_a_Data_Integrity_proof_verifies_each_embedded_credential_on_its_own()
    {
        var good = Part("https://badges.example.edu/achievements/statistics", "Statistics");
        var tampered = Part("https://badges.example.edu/achievements/databases", "Databases");
        tampered["name"] = "Databases (changed)";

        var valid = await Read(_issuer.Sign(Clr(good)), _issuer.Trusted());
        var invalid = await Read(_issuer.Sign(Clr(good, tampered)), _issuer.Trusted());

        Assert.True(valid.Verification.Verdict == VerificationVerdict.Valid, string.Join("\n", valid.Verification.Checks.Select(c => c.Detail)));
        Assert.Contains("Each of the 1 embedded credentials verifies on its own", Check(valid, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
        Assert.Equal(VerificationVerdict.Invalid, invalid.Verification.Verdict);
        Assert.Contains("https://badges.example.edu/achievements/databases/credential", Check(invalid, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_VC_JWT_CLR_verifies_an_embedded_credential_with_a_Data_Integrity_proof()
    {
        using var jwtIssuer = new OutsideIssuerKeys(DataIntegrityIssuer.HttpsIssuer);
        var trusted = jwtIssuer.Trusted() with { Keys = [.. jwtIssuer.Trusted().Keys, .. _issuer.Trusted().Keys] };
        var good = Part("https://badges.example.edu/achievements/statistics", "Statistics");
        var tampered = Part("https://badges.example.edu/achievements/databases", "Databases");
        tampered["name"] = "Databases (changed)";
        var reader = OutsideReaders.Create(new InMemoryIssuerTrust(trusted));

        var valid = await reader.ReadAsync(Encoding.ASCII.GetBytes(jwtIssuer.SignEs256(OutsideDocuments.Ob3Payload(Clr(good)))), CancellationToken.None);
        var invalid = await reader.ReadAsync(Encoding.ASCII.GetBytes(jwtIssuer.SignEs256(OutsideDocuments.Ob3Payload(Clr(good, tampered)))), CancellationToken.None);

        Assert.Equal(VerificationVerdict.Valid, valid.Verification.Verdict);
        Assert.Equal(VerificationVerdict.Invalid, invalid.Verification.Verdict);
        Assert.Contains("achievements/databases/credential", Check(invalid, VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    private JsonObject Part(string achievementId, string name)
    {
        var badge = _issuer.Badge();
        badge["id"] = achievementId + "/credential";
        var achievement = (JsonObject)badge["credentialSubject"]!["achievement"]!;
        achievement["id"] = achievementId;
        achievement["name"] = name;
        achievement["achievementType"] = "Course";
        return _issuer.Sign(badge);
    }

    /// <summary>A CLR stating only contexts the hub carries (the OB 3.0 context after VC 2.0).</summary>
    private JsonObject Clr(params JsonObject[] parts) => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
        ["id"] = "https://badges.example.edu/clr/9",
        ["type"] = new JsonArray("VerifiableCredential", "ClrCredential"),
        ["issuer"] = new JsonObject { ["id"] = _issuer.IssuerId, ["type"] = new JsonArray("Profile"), ["name"] = "Example University" },
        ["validFrom"] = "2026-07-01T00:00:00Z",
        ["name"] = "Transcript of Anna Bērziņa",
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = OutsideDocuments.SubjectId,
            ["type"] = new JsonArray("ClrSubject"),
            ["verifiableCredential"] = new JsonArray([.. parts.Select(p => (JsonNode)p.DeepClone())]),
        },
    };
}
