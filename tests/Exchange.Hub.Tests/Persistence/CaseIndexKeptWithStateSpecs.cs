using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Persistence.CaseIndex;
using Exchange.Hub.Tests.Recognition;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;

namespace Exchange.Hub.Tests.Persistence;

/// <summary>In the embedded hub, a case's index row is written by the grain storage with the case's state, in the
/// same transaction, so the index never disagrees with the state.</summary>
public sealed class CaseIndexKeptWithStateSpecs : IAsyncDisposable
{
    private static readonly DateTimeOffset Received = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteCaseIndex _index;
    private readonly EmbeddedStoreFixture _store;

    public CaseIndexKeptWithStateSpecs()
    {
        SqliteCaseIndex? index = null;
        _store = new EmbeddedStoreFixture(projections: s => [index = new SqliteCaseIndex(s.Database, s.Store, Options.Create(new ClusterOptions { ServiceId = "svc" }))]);
        _index = index!;
    }

    [Fact]
    public async Task Each_write_of_a_case_s_state_writes_its_row()
    {
        var state = Case("KZ-1", CaseStatus.Received, version: 1);
        await _store.Storage.WriteStateAsync(RecognitionCaseGrain.StateName, Grain("KZ-1"), state);

        Assert.Equal([new IndexedCase(CaseSamples.Requester, "KZ-1")], await _index.UnfinishedAsync(CancellationToken.None));

        state.State!.Status = CaseStatus.Decided;
        state.State.Version = 2;
        await _store.Storage.WriteStateAsync(RecognitionCaseGrain.StateName, Grain("KZ-1"), state);

        Assert.Empty(await _index.UnfinishedAsync(CancellationToken.None));
        Assert.Equal(["KZ-1"], (await _index.ListAsync(CaseSamples.Requester, Query(CaseStatus.Decided))).CaseIds);
    }

    [Fact]
    public async Task Each_write_of_a_case_s_state_lists_it_once_under_the_credentials_it_is_about()
    {
        var state = Case("KZ-7", CaseStatus.Received, version: 1);
        await _store.Storage.WriteStateAsync(RecognitionCaseGrain.StateName, Grain("KZ-7"), state);
        state.State!.Status = CaseStatus.Decided;
        state.State.Version = 2;
        state.State.PeerNotices.Add(new PeerDecisionNotice("KZ-7-d1", "hub-ua", ["UA-CRED-1"]));
        await _store.Storage.WriteStateAsync(RecognitionCaseGrain.StateName, Grain("KZ-7"), state);

        Assert.Equal([new CredentialCaseRow("UA-CRED-1", "KZ-7", CaseSamples.Requester)],
            await _index.CasesOnCredentialsAsync("hub-ua", ["UA-CRED-1"], CancellationToken.None));
    }

    [Fact]
    public async Task The_case_writes_no_row_of_its_own_and_says_when_its_notices_are_handed_over()
    {
        var writer = new CaseIndexKeptWithState(_index);
        await WriteDecidedWithNoticeAsync("KZ-5", "hub-ua");

        await writer.WriteRowAsync(Case("KZ-6", CaseStatus.Received, version: 1).State!);
        Assert.Equal([new IndexedCase(CaseSamples.Requester, "KZ-5")], await _index.UnfinishedAsync(CancellationToken.None));

        await writer.HandedOverAsync(CaseSamples.Requester, "KZ-5");
        Assert.Empty(await _index.UnfinishedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_decision_stored_with_notices_for_peer_hubs_keeps_the_case_unfinished_until_the_case_says_they_were_handed_over()
    {
        await WriteDecidedWithNoticeAsync("KZ-3", "hub-ua");

        Assert.Equal([new IndexedCase(CaseSamples.Requester, "KZ-3")], await _index.UnfinishedAsync(CancellationToken.None));
        Assert.Equal(["KZ-3"], (await _index.ListAsync(CaseSamples.Requester, Query(CaseStatus.Decided))).CaseIds);

        await _index.HandedOverAsync(CaseSamples.Requester, "KZ-3");

        Assert.Empty(await _index.UnfinishedAsync(CancellationToken.None));
        Assert.Equal(["KZ-3"], (await _index.ListAsync(CaseSamples.Requester, Query(CaseStatus.Decided))).CaseIds);
    }

    [Fact]
    public async Task A_removed_case_is_no_longer_listed_as_handing_over()
    {
        await WriteDecidedWithNoticeAsync("KZ-4", "hub-lv");

        await _index.RemoveAsync(CaseSamples.Requester, "KZ-4");

        Assert.Empty(await _index.UnfinishedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_state_write_refused_for_its_version_leaves_the_row_as_it_was()
    {
        var state = Case("KZ-2", CaseStatus.Received, version: 1);
        await _store.Storage.WriteStateAsync(RecognitionCaseGrain.StateName, Grain("KZ-2"), state);

        var stale = Case("KZ-2", CaseStatus.Decided, version: 2);
        await Assert.ThrowsAsync<InconsistentStateException>(() => _store.Storage.WriteStateAsync(RecognitionCaseGrain.StateName, Grain("KZ-2"), stale));

        Assert.Equal([new IndexedCase(CaseSamples.Requester, "KZ-2")], await _index.UnfinishedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Other_states_are_stored_without_a_row()
    {
        await _store.Storage.WriteStateAsync("credential", Grain("UA-CRED-1"), new GrainState<List<string>>(["issued"]));

        Assert.Empty(await _index.UnfinishedAsync(CancellationToken.None));
        Assert.Equal(0, (await _index.ListAsync(CaseSamples.Requester, Query())).Total);
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    /// <summary>Stores a case as its decision is stored: with a notice for the peer hub that issued its credential.</summary>
    private Task WriteDecidedWithNoticeAsync(string caseId, string peerHubId)
    {
        var state = Case(caseId, CaseStatus.Decided, version: 2);
        state.State!.PeerNotices.Add(new PeerDecisionNotice(caseId + "-d1", peerHubId, ["CRED-1"]));
        return _store.Storage.WriteStateAsync(RecognitionCaseGrain.StateName, Grain(caseId), state);
    }

    private static GrainId Grain(string caseId) => GrainId.Create("case", caseId);

    private static CaseListQuery Query(params CaseStatus[] statuses) => new(statuses, null, null, 0, 50);

    private static GrainState<RecognitionCaseState> Case(string caseId, CaseStatus status, long version) => new(new RecognitionCaseState
    {
        CaseId = caseId,
        Submission = CaseSamples.Submission(caseId, "UA-CRED-1"),
        Status = status,
        Version = version,
        ReceivedAt = Received,
        UpdatedAt = Received,
    });
}
