using Exchange.Contracts.V1;
using Google.Protobuf;

namespace Exchange.LocalFederation.Launch;

/// <summary>Requests built from the repository's seed data, so the walkthrough and the load use real, complete credentials.</summary>
internal static class SeedRequests
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    /// <summary>The first credential of <c>seed/&lt;country&gt;/credentials.json</c> as an issue request under a new idempotency key.</summary>
    public static IssueCredentialRequest Credential(RepositoryLayout layout, string country, string idempotencyKey)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(layout.SeedFolder, country, "credentials.json")));
        var request = Parser.Parse<IssueCredentialRequest>(document.RootElement[0].GetRawText());
        request.IdempotencyKey = idempotencyKey;
        return request;
    }

    /// <summary>A university's request for credit transfer into one of its courses (level and workload as given).</summary>
    public static SubmitRecognitionRequestRequest Course(
        string idempotencyKey, string universityId, string courseId, string title, string eqfLevel, string ects, SharedCredentialRef credential) => new()
    {
        Request = new RecognitionRequest
        {
            IdempotencyKey = idempotencyKey,
            RequesterInstitutionId = universityId,
            Purpose = RecognitionPurpose.CreditTransfer,
            Target = new RecognitionTarget
            {
                Kind = TargetKind.Course,
                TargetId = courseId,
                Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = title } } },
                HostInstitutionId = universityId,
                Requirements = new TargetRequirements
                {
                    Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = eqfLevel },
                    Workload = new Workload { Amount = ects, Unit = WorkloadUnit.EctsCredit },
                },
            },
            Credentials = { new CredentialSource { Reference = credential } },
            ApplicantReference = idempotencyKey,
        },
    };
}
