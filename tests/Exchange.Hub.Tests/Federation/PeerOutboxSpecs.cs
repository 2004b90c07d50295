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
        var first = await outbox.Enqueue(Decision);
        var second = await outbox.Enqueue(Decision);

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
            receipts.Add(await outbox.Enqueue(Decision));
        }

        var waiting = await outbox.GetOutboxStatus();
        Assert.Equal(5, waiting.Pending);
        Assert.Contains("unreachable", waiting.LastError ?? await LastErrorEventually(outbox), StringComparison.Ordinal);

        fixture.Peers.SetDown(peer, false);
        await WaitUntil(async () => (await outbox.GetOutboxStatus()).Pending == 0);

        Assert.Equal(receipts.Select(r => r.MessageId), fixture.Peers.Delivered(peer));
        Assert.Equal(receipts[^1].Sequence, (await outbox.GetOutboxStatus()).DeliveredThrough);
    }

    [Fact]
    public async Task A_message_the_peer_refuses_is_set_aside_and_does_not_block_the_rest()
    {
        const string peer = "hub-refusing";
        fixture.Peers.SetDown(peer, true);
        var outbox = fixture.Grains.GetGrain<IPeerHubGrain>(peer);
        var refused = await outbox.Enqueue(Decision);
        var next = await outbox.Enqueue(Decision);
        fixture.Peers.Refuse.Add(refused.MessageId);

        fixture.Peers.SetDown(peer, false);
        await outbox.DeliverPending();

        var status = await outbox.GetOutboxStatus();
        Assert.Equal(0, status.Pending);
        Assert.Equal(1, status.Rejected);
        Assert.Equal([next.MessageId], fixture.Peers.Delivered(peer));
    }

    [Fact]
    public async Task The_receiver_stores_a_message_once_however_often_it_arrives()
    {
        var inbox = fixture.Grains.GetGrain<IPeerInboxGrain>("hub-sender");
        var first = await inbox.Accept("hub-sender:hub-kz:000000001", 1, Decision);
        var again = await inbox.Accept("hub-sender:hub-kz:000000001", 1, Decision);
        var third = await inbox.Accept("hub-sender:hub-kz:000000003", 3, Decision);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.ReceivedAt, again.ReceivedAt);
        Assert.Equal(1, third.HighestContiguousSequence);
        Assert.Equal(2, (await inbox.List(OutboxMessageKind.RecognitionDecision)).Count);
        Assert.Equal(3, (await inbox.Accept("hub-sender:hub-kz:000000002", 2, Decision)).HighestContiguousSequence);
    }

    private static async Task<string> LastErrorEventually(IPeerHubGrain outbox)
    {
        string? error = null;
        await WaitUntil(async () => (error = (await outbox.GetOutboxStatus()).LastError) is not null);
        return error!;
    }

    private static Task WaitUntil(Func<Task<bool>> condition) =>
        Eventually.True(condition, TimeSpan.FromSeconds(20), "condition not reached within 20 s");
}
