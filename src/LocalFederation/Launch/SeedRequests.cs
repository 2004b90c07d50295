using Exchange.Contracts.V1;
using Google.Protobuf;

namespace Exchange.LocalFederation.Launch;

/// <summary>Requests built from the repository's seed data, so the walkthrough and the load use real, complete credentials.</summary>
internal static class SeedRequests
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    /// <summary>The first credential of <c>seed/&lt;country&gt;/credentials.json</c> as an issue request under a new idempotency key.</summary>
    /// <param name="seedFolder">The repository's <c>seed</c> folder (the launcher's and the browser tests' hubs load it too).</param>
    public static IssueCredentialRequest Credential(string seedFolder, string country, string idempotencyKey)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(seedFolder, country, "credentials.json")));
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

    /// <summary>Puts a referred case before a commission (the first member chairs, all vote) with a partial proposal that
    /// already carries what any outcome of the vote needs: reasons, compensatory measure, remedies, appeal.</summary>
    public static StartCommissionRequest Commission(string caseId, IReadOnlyList<(string OfficerId, string DisplayName)> members, DateTimeOffset meetingAt)
    {
        var request = new StartCommissionRequest
        {
            CaseId = caseId,
            Location = "online",
            MeetingAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(meetingAt),
            Proposal = new OfficerDecision
            {
                Outcome = RecognitionOutcome.Partial,
                Justification = English("The credential covers 6 of the course's 30 ECTS at the right level; the workload difference is substantial for the whole course."),
                RecognisedScope = English("6 ECTS of the course: the data analysis part."),
                NotRecognisedScope = English("The remaining 24 ECTS of the course."),
                CompensatoryMeasures =
                {
                    new CompensatoryMeasure
                    {
                        MeasureId = "M1",
                        Kind = CompensatoryMeasureKind.Course,
                        Description = English("Complete the course's remaining units (24 ECTS)."),
                        ClosesCriteria = { RecognitionCriterion.Workload },
                        Workload = new Workload { Amount = "24", Unit = WorkloadUnit.EctsCredit },
                    },
                },
                Remedies = English("Bring further credentials covering the remaining 24 ECTS and apply again."),
                AppealInstructions = English("Lodge an appeal with its grounds within 30 days; officers who did not sit on the commission hear it."),
            },
        };
        request.Members.AddRange(members.Select((m, i) => new CommissionMember
        {
            OfficerId = m.OfficerId,
            DisplayName = m.DisplayName,
            Role = i == 0 ? CommissionRole.Chair : CommissionRole.Member,
            Voting = true,
        }));
        return request;
    }

    private static MultilingualText English(string text) => new() { Values = { new LocalizedText { Language = "en", Text = text } } };
}
