using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Tests.Web.Learner;

/// <summary>Credentials and share grants as the grains hold them, for the learner pages' builders.</summary>
internal static class LearnerSamples
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    public static Credential Content(Action<Credential>? change = null)
    {
        var credential = new Credential
        {
            CredentialId = "UA-CRED-0123456789abcdef0123",
            Kind = CredentialKind.MicroCredential,
            Title = Texts(("uk", "Аналіз даних мовою Python"), ("en", "Data analysis in Python")),
            AwardingBodies = { new OrganisationRef { OrganisationId = "UA-KNU", CountryCode = "UA", Name = Texts(("uk", "Київський університет"), ("en", "Kyiv University")) } },
            IssuedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero)),
            NotionalWorkload = new Workload { Amount = "6", Unit = WorkloadUnit.EctsCredit },
            Level = new Level { Framework = QualificationFramework.UaNqf, FrameworkVersion = "CMU-519-2020", LevelCode = "7" },
            EquivalentLevels = { new Level { Framework = QualificationFramework.Eqf, LevelCode = "7" } },
            LearningOutcomes = { new LearningOutcome { OutcomeId = "LO1", Text = Texts(("uk", "Очищати дані."), ("en", "Clean data.")) } },
            Assessment = new Assessment { Methods = { AssessmentMethod.WrittenExam, AssessmentMethod.Project }, Supervision = SupervisionLevel.SupervisedWithIdCheck },
            QualityAssurance = new QualityAssurance { AssuranceTypes = { QualityAssuranceType.Internal }, Agency = new OrganisationRef { Name = Texts(("en", "NAQA")) } },
            Grade = new Grade { Value = "92", Label = Texts(("en", "excellent")) },
        };
        change?.Invoke(credential);
        return credential;
    }

    public static IssuedCredentialView View(
        string learnerId = "UA-L-000101",
        string credentialId = "UA-CRED-0123456789abcdef0123",
        DateTimeOffset? issuedAt = null,
        DateTimeOffset? expiresAt = null,
        RevocationRecord? revocation = null,
        Credential? content = null)
    {
        var issued = new IssuedCredentialRecord(credentialId, "UA-KNU", learnerId, [1, 2, 3],
            new SignedEnvelope([], (content ?? Content()).ToByteArray(), []),
            "UA-MC-2026-000001", issuedAt ?? new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero), expiresAt,
            new OpenRegistryEntryData("UA-MC-2026-000001", credentialId, "UA-KNU", "", issuedAt ?? Now, [], []));
        return new IssuedCredentialView(issued, CredentialStatusView.Of(issued, revocation, Now));
    }

    public static ShareGrantRecord Grant(string shareId, DateTimeOffset createdAt, DateTimeOffset expiresAt, string hub = "", string institution = "", DateTimeOffset? revokedAt = null, int uses = 0) =>
        new(shareId, [0], createdAt, expiresAt, hub, institution, revokedAt, uses);

    public static MultilingualText Texts(params (string Language, string Text)[] texts)
    {
        var result = new MultilingualText();
        result.Values.AddRange(texts.Select(t => new LocalizedText { Language = t.Language, Text = t.Text }));
        return result;
    }
}
