using Exchange.Adapters.Recognition;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Persistence.CaseIndex;
using Exchange.Hub.Persistence.Indexes;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>What the precedents index does, whatever the database: the embedded SQLite file and PostgreSQL run the
/// same specifications. Each spec has a database of its own.</summary>
public abstract class PrecedentIndexSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly PrecedentSubject DataAnalysis = new("ua-kpi", "Igor Sikorsky Kyiv Polytechnic Institute", "Data analysis in Python", "UA");

    private protected abstract Task<IndexDatabase> DatabaseAsync();

    [Fact]
    public async Task The_same_programme_comes_first_then_the_institution_each_newest_first_without_the_case_itself()
    {
        var precedents = new SqlPrecedents(await DatabaseAsync());
        await precedents.RecordAsync([Decision("d-old-same", "case-1", DataAnalysis, day: 1)]);
        await precedents.RecordAsync([Decision("d-new-other", "case-2", DataAnalysis with { ProgrammeTitle = "Statistics" }, day: 5)]);
        await precedents.RecordAsync([Decision("d-new-same", "case-3", DataAnalysis with { ProgrammeTitle = "DATA  analysis in python" }, day: 4)]);
        await precedents.RecordAsync([Decision("d-elsewhere", "case-4", DataAnalysis with { InstitutionId = "ua-knu" }, day: 6)]);
        await precedents.RecordAsync([Decision("d-current", "case-now", DataAnalysis, day: 7)]);

        var found = await precedents.ForAsync(DataAnalysis, "case-now", 10);

        Assert.Equal(["d-new-same", "d-old-same", "d-new-other"], found.Select(m => m.Precedent.DecisionId));
        Assert.Equal([true, true, false], found.Select(m => m.SameProgramme));
        Assert.Equal(["d-new-same", "d-old-same"], (await precedents.ForAsync(DataAnalysis, "case-now", 2)).Select(m => m.Precedent.DecisionId));
        Assert.Empty(await precedents.ForAsync(PrecedentSubject.None, "case-now", 10));
        // A case without a programme title matches its institution only.
        Assert.Equal([false, false, false, false], (await precedents.ForAsync(DataAnalysis with { ProgrammeTitle = " " }, "case-x", 10)).Select(m => m.SameProgramme));
    }

    [Fact]
    public async Task A_decision_is_read_back_as_recorded_and_recording_it_again_only_marks_what_superseded_it()
    {
        var precedents = new SqlPrecedents(await DatabaseAsync());
        var denied = Decision("case-1-d1", "case-1", DataAnalysis, day: 1);
        await precedents.RecordAsync([denied]);
        var partial = Decision("case-1-d2", "case-1", DataAnalysis, day: 3, DecisionOutcome.Partial) with { DecidedBy = DeciderKind.Commission };
        var replaced = denied with { SupersededBy = "case-1-d2" };
        await precedents.RecordAsync([replaced, partial]);
        await precedents.RecordAsync([replaced, partial]);

        var page = await precedents.DecidedAsync(0, 10);

        Assert.Equal(2, page.Total);
        Assert.Equal([partial, replaced], page.Items);
        var nameless = Decision("case-2-d1", "case-2", DataAnalysis with { InstitutionName = null }, day: 4);
        await precedents.RecordAsync([nameless]);
        Assert.Equal(nameless, (await precedents.DecidedAsync(0, 1)).Items.Single());
    }

    [Fact]
    public async Task Recent_decisions_are_paged_newest_first()
    {
        var precedents = new SqlPrecedents(await DatabaseAsync());
        await precedents.RecordAsync([.. Enumerable.Range(0, 25).Select(i => Decision($"d-{i:D2}", $"case-{i:D2}", DataAnalysis, day: i % 5))]);

        var first = await precedents.DecidedAsync(0, 10);
        var last = await precedents.DecidedAsync(20, 10);

        Assert.Equal((25, true, false), (first.Total, first.HasNext, last.HasNext));
        // Decisions of one instant come in decision id order, descending.
        Assert.Equal(["d-24", "d-19", "d-14", "d-09", "d-04", "d-23", "d-18", "d-13", "d-08", "d-03"], first.Items.Select(p => p.DecisionId));
        Assert.Equal(["d-20", "d-15", "d-10", "d-05", "d-00"], last.Items.Select(p => p.DecisionId));
    }

    [Fact]
    public async Task Decided_cases_without_a_recorded_decision_are_listed_for_the_backfill()
    {
        var database = await DatabaseAsync();
        var precedents = new SqlPrecedents(database);
        foreach (var (caseId, status) in new[] { ("case-recorded", CaseStatus.Decided), ("case-old", CaseStatus.Decided), ("case-appealed", CaseStatus.Appealed), ("case-review", CaseStatus.InReview) })
        {
            await database.ExecuteAsync(CaseIndexSql.Upsert, command => CaseIndexSql.BindUpsertParameters(command, database.ServiceId, "LV-LU",
                new CaseListEntry(caseId, 3, status, RecognitionPurpose.Admission, Start, Start)));
        }

        await precedents.RecordAsync([Decision("case-recorded-d1", "case-recorded", DataAnalysis, day: 1)]);

        Assert.Equal(["case-appealed", "case-old"], (await precedents.UnrecordedCasesAsync(CancellationToken.None)).Order(StringComparer.Ordinal));
    }

    private static Precedent Decision(string decisionId, string caseId, PrecedentSubject subject, int day, DecisionOutcome outcome = DecisionOutcome.Denied) =>
        new(decisionId, caseId, subject, outcome, "One EQF level below the course.", "en", Start.AddDays(day), DeciderKind.Officer, "lv-officer",
            RecognitionPurpose.CreditTransfer, null);
}
