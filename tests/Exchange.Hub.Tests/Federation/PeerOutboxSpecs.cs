using Exchange.Hub.Grains.Federation;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Federation;

[Collection(OutboxClusterGroup.Name)]
public sealed class PeerOutboxSpecs(OutboxClusterFixture fixture)
{
    private static readonly OutboxMessage Decision = new(OutboxMessageKind.RecognitionDecision, [1, 2, 3]);

    [Fact]
    public async Task Messages_are_numbered_in_order_and_named_by_sender_recipient_and_sequence()
    {
        var outbox = fixture.Grains.GetGrain<IPeerHubGrain>("hub-numbered");
        var first = await outbox.EnqueueAsync(Decision);
        var second = await outbox.EnqueueAsync(Decision);

        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.Equal($"hub-kz:hub-numbered:{second.Sequence:D9}", second.MessageId);
    }

    [Fact]
    public async Task A_peer_that_is_down_gets_everything_in_order_once_it_is_back()
    {
        const string peer = "hub-down";
        fixture.Peers.SetDown(peer, true);
        var outbox = fixture.Grains.GetGrain<IPeerHubGrain>(peer);
        var receipts = new List<OutboxReceipt>();
        for (var i = 0; i < 5; i++)
        {
            receipts.Add(await outbox.EnqueueAsync(Decision));
        }

        var waiting = await outbox.GetOutboxStatusAsync();
        Assert.Equal(5, waiting.Pending);
        Assert.Contains("unreachable", waiting.LastError ?? await LastErrorEventually(outbox), StringComparison.Ordinal);

        fixture.Peers.SetDown(peer, false);
        await WaitUntil(async () => (await outbox.GetOutboxStatusAsync()).Pending == 0);

        Assert.Equal(receipts.Select(r => r.MessageId), fixture.Peers.Delivered(peer));
        Assert.Equal(receipts[^1].Sequence, (await outbox.GetOutboxStatusAsync()).DeliveredThrough);
    }

    [Fact]
    public async Task A_message_the_peer_refuses_is_set_aside_and_does_not_block_the_rest()
    {
        const string peer = "hub-refusing";
        fixture.Peers.SetDown(peer, true);
        var outbox = fixture.Grains.GetGrain<IPeerHubGrain>(peer);
        var refused = await outbox.EnqueueAsync(Decision);
        var next = await outbox.EnqueueAsync(Decision);
        fixture.Peers.Refuse.Add(refused.MessageId);

        fixture.Peers.SetDown(peer, false);
        await outbox.DeliverPendingAsync();

        var status = await outbox.GetOutboxStatusAsync();
        Assert.Equal(0, status.Pending);
        Assert.Equal(1, status.Rejected);
        Assert.Equal([next.MessageId], fixture.Peers.Delivered(peer));
    }

    [Fact]
    public async Task The_receiver_takes_a_message_once_however_often_it_arrives()
    {
        var inbox = fixture.Grains.GetGrain<IPeerInboxGrain>("hub-sender");
        var first = await AcceptAsync(inbox, "hub-sender:hub-kz:000000001", 1);
        var again = await AcceptAsync(inbox, "hub-sender:hub-kz:000000001", 1);
        var third = await AcceptAsync(inbox, "hub-sender:hub-kz:000000003", 3);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(1, third.HighestContiguousSequence);
        Assert.True((await AcceptAsync(inbox, "hub-sender:hub-kz:000000003", 3)).Duplicate);
        Assert.Equal(3, (await AcceptAsync(inbox, "hub-sender:hub-kz:000000002", 2)).HighestContiguousSequence);
        Assert.Equal(3, (await inbox.GetStatusAsync()).Received);
    }

    [Fact]
    public async Task A_delivery_of_several_messages_is_taken_in_order_and_a_repeat_inside_it_is_a_duplicate()
    {
        var inbox = fixture.Grains.GetGrain<IPeerInboxGrain>("hub-batch");
        Assert.Equal([2L, 3L], await inbox.NotYetReceivedAsync([2, 3]));

        var receipts = await inbox.AcceptAsync([new("m2", 2), new("m1", 1), new("m2", 2), new("m3", 3)]);

        Assert.Equal([false, false, true, false], receipts.Select(r => r.Duplicate));
        Assert.Equal([0L, 2L, 2L, 3L], receipts.Select(r => r.HighestContiguousSequence));
        Assert.Equal(3, (await inbox.GetStatusAsync()).Received);
        Assert.Equal([4L], await inbox.NotYetReceivedAsync([1, 3, 4]));
    }

    [Fact]
    public async Task The_receiver_remembers_positions_not_messages_so_a_gap_the_sender_never_fills_is_closed()
    {
        var inbox = fixture.Grains.GetGrain<IPeerInboxGrain>("hub-gap");
        await AcceptAsync(inbox, "m1", 1);

        // Message 2 was refused and set aside by the sender: it will never come.
        for (long sequence = 3; sequence <= 3 + PeerInboxGrain.MaxAboveGap; sequence++)
        {
            Assert.False((await AcceptAsync(inbox, $"m{sequence}", sequence)).Duplicate);
        }

        var status = await inbox.GetStatusAsync();
        Assert.Equal(3 + PeerInboxGrain.MaxAboveGap, status.HighestContiguousSequence);
        Assert.Empty(await inbox.NotYetReceivedAsync([200]));
        Assert.True((await AcceptAsync(inbox, "m200", 200)).Duplicate);
        Assert.Equal(1 + PeerInboxGrain.MaxAboveGap + 1, status.Received);
    }

    private static async Task<InboxReceipt> AcceptAsync(IPeerInboxGrain inbox, string messageId, long sequence) =>
        Assert.Single(await inbox.AcceptAsync([new InboxArrival(messageId, sequence)]));

    [Fact]
    public async Task Enqueueing_again_under_the_same_message_id_queues_nothing_new()
    {
        const string peer = "hub-once";
        fixture.Peers.SetDown(peer, true);
        var outbox = fixture.Grains.GetGrain<IPeerHubGrain>(peer);

        var first = await outbox.EnqueueOnceAsync("hub-kz:hub-once:CASE-1-d1", Decision);
        var repeat = await outbox.EnqueueOnceAsync("hub-kz:hub-once:CASE-1-d1", Decision);
        Assert.Equal(first, repeat);
        Assert.Equal(1, (await outbox.GetOutboxStatusAsync()).Pending);

        fixture.Peers.SetDown(peer, false);
        await outbox.DeliverPendingAsync();
        var afterDelivery = await outbox.EnqueueOnceAsync("hub-kz:hub-once:CASE-1-d1", Decision);

        Assert.Equal(first, afterDelivery);
        Assert.Equal(["hub-kz:hub-once:CASE-1-d1"], fixture.Peers.Delivered(peer));
        Assert.Equal(0, (await outbox.GetOutboxStatusAsync()).Pending);
    }

    [Fact]
    public async Task A_long_backlog_drains_in_order_in_batches_and_leaves_nothing_behind()
    {
        const string peer = "hub-backlog";
        const int Messages = 5 * PeerHubGrain.BatchSize + 7;
        fixture.Peers.SetDown(peer, true);
        var outbox = fixture.Grains.GetGrain<IPeerHubGrain>(peer);
        var receipts = new List<OutboxReceipt>();
        for (var i = 0; i < Messages; i++)
        {
            receipts.Add(await outbox.EnqueueOnceAsync($"hub-kz:{peer}:d{i}", Decision));
        }

        fixture.Peers.SetDown(peer, false);
        await outbox.WakeAsync();
        await WaitUntil(async () => (await outbox.GetOutboxStatusAsync()).Pending == 0);

        Assert.Equal(receipts.Select(r => r.MessageId), fixture.Peers.Delivered(peer));
        var status = await outbox.GetOutboxStatusAsync();
        Assert.Equal(receipts[^1].Sequence, status.DeliveredThrough);
        Assert.Null(status.OldestPendingSince);
    }

    [Fact]
    public async Task Messages_enqueued_at_the_same_time_are_each_stored_before_acknowledged_and_delivered_once_in_order()
    {
        const string peer = "hub-concurrent";
        const int Messages = 300;
        fixture.Peers.SetDown(peer, true);
        var outbox = fixture.Grains.GetGrain<IPeerHubGrain>(peer);

        var receipts = await Task.WhenAll(Enumerable.Range(0, Messages).Select(i => outbox.EnqueueOnceAsync($"hub-kz:{peer}:c{i}", Decision)));

        Assert.Equal(Enumerable.Range(1, Messages).Select(i => (long)i), receipts.Select(r => r.Sequence).Order());
        // What was acknowledged survives the activation: it was written, not only held in memory.
        await fixture.Cluster.DeactivateAsync(outbox);
        Assert.Equal(Messages, (await outbox.GetOutboxStatusAsync()).Pending);

        fixture.Peers.SetDown(peer, false);
        await outbox.WakeAsync();
        await WaitUntil(async () => (await outbox.GetOutboxStatusAsync()).Pending == 0);
        Assert.Equal(receipts.OrderBy(r => r.Sequence).Select(r => r.MessageId), fixture.Peers.Delivered(peer));
    }

    private static async Task<string> LastErrorEventually(IPeerHubGrain outbox)
    {
        string? error = null;
        await WaitUntil(async () => (error = (await outbox.GetOutboxStatusAsync()).LastError) is not null);
        return error!;
    }

    private static Task WaitUntil(Func<Task<bool>> condition) =>
        Eventually.True(condition, TimeSpan.FromSeconds(20), "condition not reached within 20 s");
}
