using Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Durability;

/// <summary>Recognition requests a university sends in the durability specs; what matters there is that they are
/// accepted, not how they are decided.</summary>
internal static class RecognitionRequests
{
    public static SubmitRecognitionRequestRequest ForCourse(string requesterInstitutionId, string idempotencyKey, string issuingHubId) => new()
    {
        Request = new RecognitionRequest
        {
            IdempotencyKey = idempotencyKey,
            RequesterInstitutionId = requesterInstitutionId,
            Purpose = RecognitionPurpose.CreditTransfer,
            ApplicantReference = $"APP-{idempotencyKey}",
            PreferredLanguage = "en",
            Target = new RecognitionTarget
            {
                Kind = TargetKind.Course,
                TargetId = "COURSE-DATA-101",
                Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Data analysis fundamentals" } } },
                HostInstitutionId = requesterInstitutionId,
                Requirements = new TargetRequirements
                {
                    Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = "6" },
                    Workload = new Workload { Amount = "5", Unit = WorkloadUnit.EctsCredit },
                },
            },
            Credentials =
            {
                new CredentialSource
                {
                    Reference = new SharedCredentialRef
                    {
                        IssuingHubId = issuingHubId,
                        CredentialId = $"CRED-{idempotencyKey}",
                        ShareCode = "SHARE-CODE-0001",
                    },
                },
            },
        },
    };
}
