using Exchange.Adapters.Credentials;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Review;
using Exchange.Hub.Hosting.Jobs;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Exchange.Hub.Tests.Recognition;
using Microsoft.Extensions.DependencyInjection;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Review;

/// <summary>Cases record their decisions among the precedents as they are decided, and find the earlier ones.</summary>
[Collection(CaseClusterGroup.Name)]
public sealed class PrecedentRecordingSpecs(CaseClusterFixture cluster)
{
    private IPrecedents Precedents => cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<IPrecedents>();

    [Fact]
    public async Task A_decided_case_is_a_precedent_for_the_next_case_on_the_same_programme_but_not_for_itself()
    {
        // An awarding body of this spec's own, so that the shared cluster's other cases are not its precedents.
        var body = new Organisation(Unique("ua-inst"), "Kharkiv National University of Radio Electronics", "UA", "Nauky Ave 14, Kharkiv", "mc@nure.ua");
        var automatic = await DecidedAsync(UkrainianMicro(Unique("ua-mc")) with { AwardingBody = body });
        var later = await DecidedAsync(UkrainianMicro(Unique("ua-mc")) with { AwardingBody = body, Title = [new LanguageString("en", "DATA analysis in python")] });
        var subject = PrecedentSubject.Of(later);

        await Eventually.True(async () => (await Precedents.ForAsync(subject, "", 10)).Count == 2, TimeSpan.FromSeconds(10),
            "The decided cases were never recorded among the precedents.");
        var found = await Precedents.ForAsync(subject, later.CaseId, 10);

        var match = Assert.Single(found);
        Assert.True(match.SameProgramme);
        Assert.Equal((automatic.Decision!.DecisionId, automatic.CaseId, DeciderKind.Automatic), (match.Precedent.DecisionId, match.Precedent.CaseId, match.Precedent.DecidedBy));
        Assert.Equal(body.Id, match.Precedent.Subject.InstitutionId);
    }

    [Fact]
    public async Task A_decided_case_missing_from_the_precedents_is_recorded_by_the_backfill_at_start()
    {
        var body = new Organisation(Unique("ua-inst"), "Odesa National Maritime University", "UA");
        var decided = await DecidedAsync(UkrainianMicro(Unique("ua-mc")) with { AwardingBody = body });
        var subject = PrecedentSubject.Of(decided);
        await Eventually.True(async () => (await Precedents.ForAsync(subject, "", 10)).Count == 1, TimeSpan.FromSeconds(10),
            "The decided case was never recorded among the precedents.");
        // As a hub from before the precedents left it: decided, listed in the case index, not recorded.
        await using (var connection = new SqliteConnection(cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<EmbeddedDatabase>().ConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM exchange_precedent WHERE case_id = @case";
            delete.Parameters.AddWithValue("@case", decided.CaseId);
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        // The case index says decided once the case handed its notice to the issuing hub's outbox.
        await Eventually.True(async () => (await Precedents.UnrecordedCasesAsync(CancellationToken.None)).Contains(decided.CaseId),
            TimeSpan.FromSeconds(10), "The case index never listed the decided case without its precedent.");
        var backfill = new PrecedentsBackfill(Precedents, cluster.Grains, NullLogger<PrecedentsBackfill>.Instance);

        // At a real start every case activates afresh; here the case may still be leaving memory, and its last activation
        // remembers having recorded its decision, so the backfill runs again until a fresh activation answers.
        await Eventually.True(async () =>
        {
            await backfill.FillAsync(CancellationToken.None);
            return (await Precedents.ForAsync(subject, "", 10)).Count == 1;
        }, TimeSpan.FromSeconds(10), "The backfill never recorded the decided case.");

        var recorded = Assert.Single(await Precedents.ForAsync(subject, "", 10));
        Assert.Equal(decided.Decision!.DecisionId, recorded.Precedent.DecisionId);
        Assert.DoesNotContain(decided.CaseId, await Precedents.UnrecordedCasesAsync(CancellationToken.None));
    }

    private async Task<RecognitionCaseState> DecidedAsync(Credential credential)
    {
        cluster.Resolver.Register(credential with { Level = new LevelClaim(QualificationFramework.UkraineNqf, 6) });
        return await CaseDriver.SubmitAndWaitAsync(cluster.Grains, Submission(Unique("key"), credential.Id), CaseStatus.Decided);
    }
}
