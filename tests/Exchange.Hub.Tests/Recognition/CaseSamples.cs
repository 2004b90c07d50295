using Exchange.Adapters.Credentials;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Adapters.Grades;
using Exchange.Adapters.Recognition;
using Exchange.Hub.Credentials;
using Exchange.Hub.Grains.Recognition;
using Google.Protobuf;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// A Ukrainian micro-credential submitted to the Latvian hub for credit transfer into a Riga course of the same
/// level and workload. Tests change one fact with <c>with { … }</c>; each credential gets a unique id so tests in
/// the shared cluster never meet.
/// </summary>
public static class CaseSamples
{
    public const string Requester = "LV-RTU";

    public static Credential UkrainianMicro(string id) => new()
    {
        Id = id,
        Kind = CredentialKind.MicroCredential,
        Learner = new Learner("UA-RNOKPP-2718281828", "Oksana Melnyk", new DateOnly(2000, 2, 29)),
        Title = [new LanguageString("uk", "Аналіз даних мовою Python"), new LanguageString("en", "Data analysis in Python")],
        IssuerCountry = "UA",
        AwardingBody = new Organisation("ua-kpi", "Igor Sikorsky Kyiv Polytechnic Institute", "UA", "EDRPOU 02070921, Beresteiskyi Ave 37, Kyiv", "mc@kpi.ua"),
        IssueDate = new DateOnly(2025, 6, 20),
        LearningOutcomes = [LearningOutcome.In("uk", "Очищає та аналізує табличні дані за допомогою pandas")],
        Workload = new Workload(6, CreditUnit.UkrainianEcts),
        Level = new LevelClaim(QualificationFramework.UkraineNqf, 6),
        AssessmentType = AssessmentType.Project,
        ParticipationForm = ParticipationForm.Online,
        QualityAssurance = new QualityAssurance(QualityAssuranceType.ExternalNational, "NAQA", new DateOnly(2030, 7, 1)),
        Supervision = Supervision.SupervisedWithIdentityCheck,
        Grade = new Grade("92", GradeScales.Ukrainian100),
        Orientation = Orientation.Academic,
        FieldCode = "0613",
        Content = "Python syntax; pandas; data cleaning; matplotlib; descriptive statistics; project.",
    };

    public static CaseTarget RigaCourse => new(
        "rtu-dat-101", "Datu analīze Python valodā", TargetKind.Course,
        QualificationFramework.LatviaLqf, 6, 6, CreditUnit.LatvianCreditPoint, "0613", Orientation.Academic, true, [], GradeScales.Latvian10);

    public static CaseSubmission Submission(string key, params string[] credentialIds) => Submission(key, RigaCourse, credentialIds);

    public static CaseSubmission Submission(string key, CaseTarget target, params string[] credentialIds)
    {
        var request = new V1.RecognitionRequest
        {
            IdempotencyKey = key,
            RequesterInstitutionId = Requester,
            Purpose = V1.RecognitionPurpose.CreditTransfer,
            Target = new V1.RecognitionTarget { Kind = V1.TargetKind.Course, TargetId = target.Id },
            ApplicantReference = "APP-2026-" + key,
        };
        request.Credentials.AddRange(credentialIds.Select(id => new V1.CredentialSource
        {
            Reference = new V1.SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = id, ShareCode = "SHARE-" + id },
        }));
        var bytes = request.ToByteArray();
        return new CaseSubmission(Requester, key, CaseIds.Fingerprint(bytes), bytes, RecognitionPurpose.CreditTransfer, target,
            [.. credentialIds.Select(id => new CredentialByReference("hub-ua", id, "SHARE-" + id))]);
    }

    public static CaseActor University { get; } = new(CaseActorKind.Institution, "registrar@rtu.lv", Requester);

    public static CaseActor OtherUniversity { get; } = new(CaseActorKind.Institution, "registrar@lu.lv", "LV-LU");

    public static CaseActor Officer(string id) => new(CaseActorKind.Officer, id);

    public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];
}
