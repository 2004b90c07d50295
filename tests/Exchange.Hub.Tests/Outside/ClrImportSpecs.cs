using System.Text;
using System.Text.Json.Nodes;
using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Tests.Outside;

/// <summary>
/// A CLR 2.0 read as one credential: every embedded credential verified on its own with the same reader, the
/// programme's and courses' credits added without counting a course inside its programme twice, the outcomes of all.
/// </summary>
public sealed class ClrImportSpecs : IDisposable
{
    private const string Programme = "https://badges.example.edu/achievements/bsc-data";
    private const string CourseA = "https://badges.example.edu/achievements/statistics";
    private const string CourseB = "https://badges.example.edu/achievements/databases";
    private const string Elective = "https://badges.example.edu/achievements/ethics";
    private readonly OutsideIssuerKeys _issuer = new();

    public void Dispose() => _issuer.Dispose();

    private string Part(string achievementId, string name, decimal? credits, JsonObject? alignment = null, string type = "Course")
    {
        var badge = OutsideDocuments.Badge(_issuer.IssuerId);
        badge["id"] = achievementId + "/credential";
        var subject = (JsonObject)badge["credentialSubject"]!;
        subject.Remove("creditsEarned");
        var achievement = (JsonObject)subject["achievement"]!;
        achievement["id"] = achievementId;
        achievement["name"] = name;
        achievement["achievementType"] = type;
        achievement["alignment"] = alignment is null ? new JsonArray() : new JsonArray(alignment);
        if (credits is { } c)
        {
            achievement["creditsAvailable"] = c;
        }
        else
        {
            achievement.Remove("creditsAvailable");
        }

        return _issuer.SignEs256(OutsideDocuments.Ob3Payload(badge));
    }

    private static JsonObject Skill(string id, string name) => new()
    {
        ["type"] = new JsonArray("Alignment"), ["targetName"] = name, ["targetUrl"] = "http://data.europa.eu/esco/skill/" + id, ["targetFramework"] = "ESCO",
    };

    private JsonObject Clr(params JsonNode[] embedded) => new()
    {
        ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"),
        ["id"] = "https://badges.example.edu/clr/9",
        ["type"] = new JsonArray("VerifiableCredential", "ClrCredential"),
        ["issuer"] = new JsonObject { ["id"] = _issuer.IssuerId, ["type"] = new JsonArray("Profile"), ["name"] = "Example University" },
        ["validFrom"] = "2026-07-01T00:00:00Z",
        ["name"] = "Transcript of Anna Bērziņa",
        ["credentialSubject"] = new JsonObject
        {
            ["id"] = OutsideDocuments.SubjectId,
            ["type"] = new JsonArray("ClrSubject"),
            ["verifiableCredential"] = new JsonArray(embedded),
            ["association"] = new JsonArray(
                new JsonObject { ["type"] = "Association", ["associationType"] = "isParentOf", ["sourceId"] = Programme, ["targetId"] = CourseA },
                new JsonObject { ["type"] = "Association", ["associationType"] = "isParentOf", ["sourceId"] = Programme, ["targetId"] = CourseB },
                new JsonObject { ["type"] = "Association", ["associationType"] = "isPartOf", ["sourceId"] = Elective, ["targetId"] = Programme }),
        },
    };

    private async Task<ResolvedCredential> Read(JsonObject clr) =>
        await OutsideReaders.Create(new InMemoryIssuerTrust(_issuer.Trusted())).ReadAsync(Encoding.ASCII.GetBytes(_issuer.SignEs256(clr)), CancellationToken.None);

    [Fact]
    public async Task A_CLR_maps_as_one_credential_without_counting_courses_inside_their_programme_twice()
    {
        var clr = Clr(
            Part(Programme, "BSc Data Science", 180, new JsonObject { ["type"] = new JsonArray("Alignment"), ["targetName"] = "EQF 6", ["targetUrl"] = "http://data.europa.eu/snb/eqf/6" }, "BachelorDegree"),
            Part(CourseA, "Statistics", 6, Skill("aaa", "apply statistics")),
            Part(CourseB, "Databases", 6, Skill("bbb", "manage databases")),
            new JsonObject { ["id"] = "data:application/vc+jwt," + Part(Elective, "Ethics", 3), ["type"] = "EnvelopedVerifiableCredential" });

        var read = await Read(clr);

        Assert.Equal(VerificationVerdict.Valid, read.Verification.Verdict);
        var credential = read.Credential!;
        Assert.Equal(new Workload(180, CreditUnit.Ects), credential.Workload);
        Assert.Equal(LevelClaim.Eqf(6), credential.Level);
        Assert.Equal(CredentialKind.Degree, credential.Kind);
        Assert.Equal(["http://data.europa.eu/esco/skill/aaa", "http://data.europa.eu/esco/skill/bbb"],
            credential.LearningOutcomes.Select(o => o.SkillUri!.AbsoluteUri).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Transcript of Anna Bērziņa", credential.Title[0].Text);
        Assert.Contains("Each of the 4 embedded credentials verifies", read.Verification.Checks.Single(c => c.Check == VerificationCheck.EmbeddedProof).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_achievement_in_two_embedded_credentials_counts_once()
    {
        var read = await Read(Clr(Part(CourseA, "Statistics", 6), Part(CourseA, "Statistics", 6), Part(CourseB, "Databases", 6)));

        Assert.NotNull(read.Credential);
        Assert.Equal(new Workload(12, CreditUnit.Ects), read.Credential.Workload);
    }

    [Fact]
    public async Task Courses_without_a_programme_with_credits_add_up()
    {
        var read = await Read(Clr(Part(Programme, "BSc Data Science", null), Part(CourseA, "Statistics", 6), Part(CourseB, "Databases", 6), Part(Elective, "Ethics", 3)));

        Assert.Equal(new Workload(15, CreditUnit.Ects), read.Credential!.Workload);
        Assert.Equal(CredentialKind.CourseResult, read.Credential.Kind);
    }

    [Fact]
    public async Task A_tampered_embedded_credential_fails_the_CLR_and_says_which()
    {
        var good = Part(CourseA, "Statistics", 6);
        var parts = Part(CourseB, "Databases", 6).Split('.');
        var tampered = parts[0] + "." + good.Split('.')[1] + "." + parts[2];

        var read = await Read(Clr(good, tampered));

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        var proof = read.Verification.Checks.Single(c => c.Check == VerificationCheck.EmbeddedProof);
        Assert.Equal(CheckResult.Failed, proof.Result);
        Assert.Contains("Embedded credential", proof.Detail, StringComparison.Ordinal);
        Assert.Equal(new Workload(6, CreditUnit.Ects), read.Credential!.Workload);
    }

    [Fact]
    public async Task An_embedded_credential_with_a_malformed_Data_Integrity_proof_fails_the_CLR_by_name_and_its_content_is_left_out()
    {
        // Data Integrity parts are verified by the Data Integrity reader (DataIntegrityReaderSpecs has the valid ones).
        var embedded = OutsideDocuments.Badge(_issuer.IssuerId);
        embedded["proof"] = new JsonObject { ["type"] = "DataIntegrityProof", ["cryptosuite"] = "eddsa-rdfc-2022" };

        var read = await Read(Clr(Part(CourseA, "Statistics", 6), embedded));

        Assert.Equal(VerificationVerdict.Invalid, read.Verification.Verdict);
        Assert.Contains($"Embedded credential {OutsideDocuments.CredentialId}: The proof states no verificationMethod.",
            read.Verification.Checks.Single(c => c.Check == VerificationCheck.EnvelopeFormat).Detail, StringComparison.Ordinal);
        Assert.Equal(new Workload(6, CreditUnit.Ects), read.Credential!.Workload);
    }
}
