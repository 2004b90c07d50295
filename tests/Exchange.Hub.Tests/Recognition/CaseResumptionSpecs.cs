using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Hosting.Jobs;
using Exchange.Hub.Persistence.Embedded;
using Exchange.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>A restarted hub finds the cases left unfinished in the case index and resumes them at once, instead of
/// every case keeping a reminder while it is processed.</summary>
[Collection(CaseClusterGroup.Name)]
public sealed class CaseResumptionSpecs(CaseClusterFixture cluster)
{
    private ICaseIndex Index => cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<ICaseIndex>();

    [Fact]
    public async Task A_case_is_listed_as_unfinished_from_its_acceptance_until_it_is_decided()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        var submission = Submission(Unique("key"), credentialId);

        var decided = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.Decided);

        // The index follows the case's write (a watcher may see the decision a moment earlier).
        await Eventually.True(async () => !(await Index.UnfinishedAsync(CancellationToken.None)).Any(c => c.CaseId == decided.CaseId),
            TimeSpan.FromSeconds(10), "The decided case stayed unfinished in the index.");
        var listed = await Index.ListAsync(submission.RequesterInstitutionId, new CaseListQuery([CaseStatus.Decided], null, null, 0, 500));
        Assert.Contains(decided.CaseId, listed.CaseIds);
    }

    [Fact]
    public async Task At_start_a_case_waiting_for_a_peer_is_resumed_without_waiting_for_its_reminder()
    {
        var credentialId = Unique("ua-mc");
        var submission = Submission(Unique("key"), credentialId);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey));
        var waiting = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.WaitingForPeer);
        Assert.Contains(new IndexedCase(submission.RequesterInstitutionId, waiting.CaseId), await Index.UnfinishedAsync(CancellationToken.None));

        // The hub stops; meanwhile the issuing hub comes back. The new run reads the index and resumes the case.
        await cluster.Cluster.DeactivateAsync(grain);
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        await Resumption().ResumeAllAsync(CancellationToken.None);

        // Activation may already have started the run the resumption asked for; then the decision follows it.
        await Eventually.True(async () => (await grain.GetAsync(University)).Status == CaseStatus.Decided, TimeSpan.FromSeconds(10),
            $"Case {waiting.CaseId} was not decided after it resumed.");
        await Eventually.True(async () => !(await Index.UnfinishedAsync(CancellationToken.None)).Any(c => c.CaseId == waiting.CaseId),
            TimeSpan.FromSeconds(10), "The resumed and decided case stayed unfinished in the index.");
    }

    [Fact]
    public async Task A_row_written_ahead_of_a_first_write_that_never_landed_is_removed_at_start()
    {
        var institution = Unique("KZ-UNI");
        var caseId = CaseIds.For(institution, Unique("key"));
        var now = DateTimeOffset.UtcNow;
        await Index.UpsertAsync(institution, new CaseListEntry(caseId, 1, CaseStatus.Received, Adapters.Recognition.RecognitionPurpose.FurtherStudy, now, now));

        await Resumption().ResumeAllAsync(CancellationToken.None);

        Assert.DoesNotContain(await Index.UnfinishedAsync(CancellationToken.None), c => c.CaseId == caseId);
        Assert.Equal(0, (await Index.ListAsync(institution, new CaseListQuery([], null, null, 0, 50))).Total);
    }

    [Fact]
    public async Task At_start_a_decided_case_listed_as_handing_over_hands_its_notice_over_once_and_is_no_longer_listed()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        var submission = Submission(Unique("key"), credentialId);
        var caseId = CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(caseId);
        cluster.PeerOutbox.CrashOnce(caseId, afterQueueing: false);
        var decided = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.Decided);
        await Eventually.True(() => cluster.PeerOutbox.Attempts.Contains($"{CaseClusterFixture.HubId}:hub-ua:{decided.Decision!.DecisionId}"),
            TimeSpan.FromSeconds(10), "the hand-over was never tried");

        // As the embedded hub's storage writes a decision that holds notices; then the hub goes down.
        await ListAsHandingOverAsync(await grain.GetAsync(University));
        Assert.Contains(new IndexedCase(submission.RequesterInstitutionId, caseId), await Index.UnfinishedAsync(CancellationToken.None));
        await cluster.Cluster.DeactivateAsync(grain);

        await Resumption().ResumeAllAsync(CancellationToken.None);

        var messageId = $"{CaseClusterFixture.HubId}:hub-ua:{decided.Decision!.DecisionId}";
        await Eventually.True(() => cluster.Peers.Delivered("hub-ua").Contains(messageId), TimeSpan.FromSeconds(20), "the notice never reached hub-ua");
        Assert.Single(cluster.Peers.Delivered("hub-ua"), d => d == messageId);
        Assert.DoesNotContain(await Index.UnfinishedAsync(CancellationToken.None), c => c.CaseId == caseId);
        Assert.Equal(CaseStatus.Decided, (await grain.GetAsync(University)).Status);
    }

    private Task<int> ListAsHandingOverAsync(RecognitionCaseState state)
    {
        var row = ((ISqliteStateProjection)Index).RowFor(state);
        return cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService<SqliteStateStore>().ExecuteInBatchAsync(commands => row(commands).ExecuteNonQuery());
    }

    private UnfinishedCasesResumption Resumption() => new(Index, cluster.Grains, NullLogger<UnfinishedCasesResumption>.Instance);
}
