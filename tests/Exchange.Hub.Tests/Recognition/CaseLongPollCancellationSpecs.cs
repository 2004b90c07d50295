using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Grains.Recognition.Cases;
using static Exchange.Hub.Tests.Recognition.CaseSamples;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>A long poll whose caller goes away ends then, not when its timeout runs out (issue 20, item 5).</summary>
[Collection(CaseClusterGroup.Name)]
public sealed class CaseLongPollCancellationSpecs(CaseClusterFixture cluster)
{
    // Far longer than the bounded waits below: a poll that ends within them was ended by its cancellation.
    private static readonly TimeSpan LongTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_long_poll_on_a_case_ends_when_its_caller_cancels_instead_of_waiting_out_its_timeout()
    {
        // Never submitted, so nothing changes it: only the cancellation can end the poll early.
        var grain = cluster.Grains.GetGrain<IRecognitionCaseGrain>(CaseIds.For("KZ-KAZNU", Unique("never-submitted")));
        var known = (await grain.WaitForChangeAsync(long.MinValue, TimeSpan.Zero)).Version;
        using var caller = new CancellationTokenSource();

        var poll = grain.WaitForChangeAsync(known, LongTimeout, caller.Token);
        await caller.CancelAsync();
        var ended = await Record.ExceptionAsync(() => poll.WaitAsync(Bound));

        // Dropped before it started, or ended inside the grain: either way promptly, and never a timeout of the bound.
        Assert.True(ended is null or OperationCanceledException, $"The poll ended with {ended}.");
    }

    [Fact]
    public async Task A_waiting_watcher_stops_waiting_without_an_exception_when_cancelled_and_the_next_change_still_reaches_the_others()
    {
        var watchers = new CaseWatchers();
        using var caller = new CancellationTokenSource();
        var cancelled = watchers.WaitAsync(LongTimeout, caller.Token);
        var other = watchers.WaitAsync(LongTimeout, CancellationToken.None);

        await caller.CancelAsync();
        await cancelled.WaitAsync(Bound);
        Assert.False(other.IsCompleted);

        watchers.Changed();
        await other.WaitAsync(Bound);
        Assert.True(cancelled.IsCompletedSuccessfully);
    }
}
