using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Tests.Infrastructure;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>A decision on a credential another hub issued is handed to that hub's outbox exactly once, whatever
/// happens to the case between deciding and handing over.</summary>
[Collection(CaseClusterGroup.Name)]
public sealed class DecisionNoticeSpecs(CaseClusterFixture cluster)
{
    [Fact]
    public async Task A_decision_on_a_foreign_credential_goes_to_the_issuing_hubs_outbox_under_an_id_derived_from_the_decision()
    {
        var (grain, decided) = await DecideAsync();

        var messageId = $"{CaseClusterFixture.HubId}:hub-ua:{decided.Decision!.DecisionId}";
        await DeliveredEventually(messageId);
        await Eventually.True(async () => (await grain.GetAsync(University)).PeerNotices.Count == 0, TimeSpan.FromSeconds(10), "notice still pending");
    }

    [Fact]
    public async Task A_decided_case_leaves_memory_and_hands_its_notice_over_at_most_once_more_when_it_is_next_activated()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        var submission = Submission(Unique("key"), credentialId);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey));
        var decided = await grain.SubmitAsync(submission, TimeSpan.FromSeconds(5));
        var messageId = $"{CaseClusterFixture.HubId}:hub-ua:{decided.Decision!.DecisionId}";
        await DeliveredEventually(messageId);

        await Eventually.True(async () => !await IsInMemoryAsync(grain), TimeSpan.FromSeconds(10), "the decided case stayed in memory");
        Assert.Equal(1, cluster.PeerOutbox.Attempts.Count(a => a == messageId));

        // The hand-over was not written on its own: the next activation hands the notice over again and saves that.
        await grain.TickAsync();
        await Eventually.True(async () => (await grain.GetAsync(University)).PeerNotices.Count == 0, TimeSpan.FromSeconds(10), "notice not cleared");
        await cluster.Cluster.DeactivateAsync(grain);
        await grain.TickAsync();

        Assert.Empty((await grain.GetAsync(University)).PeerNotices);
        Assert.Equal(2, cluster.PeerOutbox.Attempts.Count(a => a == messageId));
        Assert.Single(cluster.Peers.Delivered("hub-ua"), d => d == messageId);
    }

    private async Task<bool> IsInMemoryAsync(IRecognitionCaseGrain grain)
    {
        var statistics = await cluster.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return statistics.Any(s => s.GrainId == grain.GetGrainId());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_case_that_crashes_between_deciding_and_handing_over_hands_over_once_when_it_resumes(bool afterQueueing)
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        var submission = Submission(Unique("key"), credentialId);
        var caseId = CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(caseId);
        cluster.PeerOutbox.CrashOnce(caseId, afterQueueing);

        var decided = await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.Decided);
        var messageId = $"{CaseClusterFixture.HubId}:hub-ua:{decided.Decision!.DecisionId}";
        Assert.Single((await grain.GetAsync(University)).PeerNotices);

        // What the case held in memory is gone; its stored state and reminder are what it resumes from.
        await cluster.Cluster.DeactivateAsync(grain);
        await grain.TickAsync();

        Assert.Empty((await grain.GetAsync(University)).PeerNotices);
        await DeliveredEventually(messageId);
        Assert.Equal(2, cluster.PeerOutbox.Attempts.Count(a => a == messageId));
        Assert.Single(cluster.Peers.Delivered("hub-ua"), d => d == messageId);
    }

    private async Task<(IRecognitionCaseGrain Grain, RecognitionCaseState Decided)> DecideAsync()
    {
        var credentialId = Unique("ua-mc");
        cluster.Resolver.Register(UkrainianMicro(credentialId));
        var submission = Submission(Unique("key"), credentialId);
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(CaseIds.For(submission.RequesterInstitutionId, submission.IdempotencyKey));
        return (grain, await CaseDriver.SubmitAndWaitAsync(cluster.Grains, submission, CaseStatus.Decided));
    }

    private Task DeliveredEventually(string messageId) =>
        Eventually.True(() => cluster.Peers.Delivered("hub-ua").Contains(messageId), TimeSpan.FromSeconds(20),
            $"{messageId} never reached the issuing hub");
}
