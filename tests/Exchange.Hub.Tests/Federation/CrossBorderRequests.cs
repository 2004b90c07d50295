using Exchange.Contracts.V1;

namespace Exchange.Hub.Tests.Federation;

/// <summary>A university's recognition request for a course, and polling a case until it settles.</summary>
internal static class CrossBorderRequests
{
    public static SubmitRecognitionRequestRequest Course(string idempotencyKey, string universityId, SharedCredentialRef reference) => new()
    {
        Request = new RecognitionRequest
        {
            IdempotencyKey = idempotencyKey,
            RequesterInstitutionId = universityId,
            Purpose = RecognitionPurpose.CreditTransfer,
            Target = new RecognitionTarget
            {
                Kind = TargetKind.Course,
                Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Data analysis" } } },
                HostInstitutionId = universityId,
                Requirements = new TargetRequirements
                {
                    Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = "6" },
                    Workload = new Workload { Amount = "5", Unit = WorkloadUnit.EctsCredit },
                },
            },
            Credentials = { new CredentialSource { Reference = reference } },
        },
    };

    public static async Task<RecognitionCase> WaitAsync(RecognitionService.RecognitionServiceClient university, string caseId, Func<CaseStatus, bool> settled, Func<string> hubOutput)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var current = await university.GetRecognitionCaseAsync(new GetRecognitionCaseRequest { CaseId = caseId });
            if (settled(current.Status))
            {
                return current;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Case {caseId} is still {current.Status}. Hub output:\n{hubOutput()}");
            await Task.Delay(100);
        }
    }
}
