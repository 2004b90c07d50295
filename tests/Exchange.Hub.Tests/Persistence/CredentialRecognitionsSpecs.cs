using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>What every credential recognitions store does, whatever the database: the embedded SQLite file and
/// PostgreSQL run the same specifications.</summary>
public abstract class CredentialRecognitionsSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ICredentialRecognitions> StoreAsync();

    [Fact]
    public async Task A_credential_lists_its_own_recognitions_in_the_order_they_were_recorded()
    {
        var store = await StoreAsync();
        var credential = Unique("cred");
        var other = Unique("other");
        Assert.True(await store.RecordAsync(credential, Recognition("d-2", "hub-kz", 7, recordedAfter: 1)));
        Assert.True(await store.RecordAsync(credential, Recognition("d-1", "hub-lv", 3, recordedAfter: 2)));
        Assert.True(await store.RecordAsync(other, Recognition("d-9", "hub-kz", 8, recordedAfter: 0)));

        var listed = await store.ListAsync(credential);

        Assert.Equal(["d-2", "d-1"], listed.Select(r => r.DecisionId));
        AssertSame(Recognition("d-1", "hub-lv", 3, recordedAfter: 2), listed[1]);
        Assert.Empty(await store.ListAsync(Unique("none")));
    }

    [Fact]
    public async Task A_retry_of_the_recording_message_answers_true_and_another_message_with_the_same_decision_false()
    {
        var store = await StoreAsync();
        var credential = Unique("cred");
        var first = Recognition("d-1", "hub-kz", 5, recordedAfter: 0);
        Assert.True(await store.RecordAsync(credential, first));

        Assert.True(await store.RecordAsync(credential, first with { RecordedAt = Start.AddMinutes(9) }));
        Assert.False(await store.RecordAsync(credential, first with { Sequence = 6, Outcome = DecisionOutcome.Partial }));

        AssertSame(first, Assert.Single(await store.ListAsync(credential)));
    }

    [Fact]
    public async Task The_same_decision_id_from_another_recognising_hub_is_another_recognition()
    {
        var store = await StoreAsync();
        var credential = Unique("cred");
        Assert.True(await store.RecordAsync(credential, Recognition("d-1", "hub-kz", 5, recordedAfter: 0)));
        Assert.True(await store.RecordAsync(credential, Recognition("d-1", "hub-lv", 5, recordedAfter: 1)));

        Assert.Equal(["hub-kz", "hub-lv"], (await store.ListAsync(credential)).Select(r => r.RecognisingHubId));
    }

    [Fact]
    public async Task What_the_learner_reads_of_a_decision_is_kept_with_the_recognition()
    {
        var store = await StoreAsync();
        var credential = Unique("cred");
        var recognition = Recognition("d-1", "hub-kz", 5, recordedAfter: 0) with
        {
            Outcome = DecisionOutcome.Partial,
            RecognisedLevel = new CaseLevel(Adapters.Frameworks.QualificationFramework.KazakhstanNqf, 6, 6),
            RecognisedScope = [new LocalText("en", "Data analysis")],
            NotRecognisedScope = [new LocalText("en", "Statistics lab")],
            Conditions = [new CaseMeasure("M1", CaseMeasureKind.Exam, [new LocalText("en", "Pass the exam")], [Adapters.Recognition.Criterion.Workload], 2m)],
            Appeal = new RecognitionAppeal(true, Start.AddDays(30), "KZ-MSHE", [new LocalText("en", "Ministry")], [new LocalText("en", "Write to it.")]),
            RequesterInstitutionName = [new LocalText("en", "KazNU")],
        };
        Assert.True(await store.RecordAsync(credential, recognition));

        var kept = Assert.Single(await store.ListAsync(credential));

        Assert.Equal(recognition.RecognisedLevel, kept.RecognisedLevel);
        Assert.Equal(recognition.RecognisedScope, kept.RecognisedScope);
        Assert.Equal(recognition.NotRecognisedScope, kept.NotRecognisedScope);
        var condition = Assert.Single(kept.Conditions);
        Assert.Equal(("M1", CaseMeasureKind.Exam, 2m), (condition.MeasureId, condition.Kind, condition.Ects));
        Assert.Equal(recognition.Conditions[0].Description, condition.Description);
        Assert.Equal((true, Start.AddDays(30), "KZ-MSHE"), (kept.Appeal!.Appealable, kept.Appeal.Deadline, kept.Appeal.BodyId));
        Assert.Equal(recognition.Appeal!.BodyName, kept.Appeal.BodyName);
        Assert.Equal(recognition.RequesterInstitutionName, kept.RequesterInstitutionName);
    }

    internal static CredentialRecognitionRecord Recognition(string decisionId, string hubId, long sequence, int recordedAfter) => new(
        decisionId, "case-" + decisionId, hubId, hubId[^2..].ToUpperInvariant(), DecisionOutcome.Full, Start,
        RecognisedTargetKind.Course, [new LocalText("en", "Data analysis")], "KZ-KAZNU", null,
        Start.AddMinutes(recordedAfter), hubId, sequence);

    /// <summary>Equal in every field (records compare lists by reference, so the titles are compared apart).</summary>
    internal static void AssertSame(CredentialRecognitionRecord expected, CredentialRecognitionRecord actual)
    {
        Assert.Equal(expected.TargetTitle, actual.TargetTitle);
        var untitled = Array.Empty<LocalText>();
        Assert.Equal(Unlisted(expected), Unlisted(actual));

        CredentialRecognitionRecord Unlisted(CredentialRecognitionRecord r) => r with
        {
            TargetTitle = untitled, RecognisedScope = untitled, NotRecognisedScope = untitled, RequesterInstitutionName = untitled,
            Conditions = Array.Empty<CaseMeasure>(), Appeal = null,
        };
    }

    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];
}
